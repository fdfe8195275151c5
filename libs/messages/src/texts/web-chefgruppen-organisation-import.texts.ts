import type { Texts } from '../wording';

/** Chefgruppen's import of the organisation from a spreadsheet's CSV. */
export const WEB_CHEFGRUPPEN_ORGANISATION_IMPORT_TEXTS = {
  // import
  'web.chefgruppen.organisation.import.fix-the-lines': {
    da: 'Ret linjerne med fejl',
    en: 'Fix the lines with problems',
  },
  'web.chefgruppen.organisation.import.no-file': {
    da: 'Vælg en CSV-fil, eller indsæt filens tekst i feltet herunder',
    en: 'Choose a CSV file, or paste the file’s text in the field below',
  },
  'web.chefgruppen.organisation.import.too-large': (p: { fromFile: boolean; megabytes: number }) => ({
    da: `${p.fromFile ? 'Filen' : 'Teksten'} er større end ${p.megabytes} MB`,
    en: `The ${p.fromFile ? 'file' : 'text'} is larger than ${p.megabytes} MB`,
  }),
  'web.chefgruppen.organisation.import.label.file': { da: 'CSV-fil', en: 'CSV file' },
  'web.chefgruppen.organisation.import.label.csv': { da: 'Eller indsæt filens tekst', en: 'Or paste the file’s text' },
  'web.chefgruppen.organisation.import.choose-the-spreadsheets-csv-file': {
    da: 'Vælg regnearkets CSV-fil, eller indsæt dens tekst. Kun forskellene til organisationen, som den er nu, bliver gemt, så den samme fil to gange ændrer intet.',
    en: 'Choose the spreadsheet’s CSV file, or paste its text. Only the differences from the organisation as it is now are recorded, so the same file twice changes nothing.',
  },
  'web.chefgruppen.organisation.import.refused-text': {
    da: 'Her står teksten, der blev sendt: ret linjerne med fejl her, og indlæs igen (uden at vælge filen).',
    en: 'Here is the text that was sent: fix the lines with errors here, and import again (without choosing the file).',
  },
  'web.chefgruppen.organisation.import.csv-hint': {
    da: 'Bruges, når der ikke er valgt en fil.',
    en: 'Used when no file is chosen.',
  },
  'web.chefgruppen.organisation.import.import': { da: 'Indlæs', en: 'Import' },
  'web.chefgruppen.organisation.import.file-hint': (p: { megabytes: number }) => ({
    da: `Højst ${p.megabytes} MB, semikolon- eller kommasepareret.`,
    en: `At most ${p.megabytes} MB, separated by semicolons or commas.`,
  }),
  'web.chefgruppen.organisation.import.problems': (p: { count: number }) => ({
    da: `${p.count} fejl`,
    en: `${p.count} problems`,
  }),
  'web.chefgruppen.organisation.import.line': { da: 'Linje', en: 'Line' },
  'web.chefgruppen.organisation.import.problem': { da: 'Fejl', en: 'Problem' },
  'web.chefgruppen.organisation.import.the-line-in-the-file': { da: 'Linjen i filen', en: 'The line in the file' },

  // import-columns
  'web.chefgruppen.organisation.import-columns.column.id': {
    da: 'personens id, det samme over tid (fx lønnummer)',
    en: 'the person’s id, stable over time',
  },
  'web.chefgruppen.organisation.import-columns.column.name-email': {
    da: 'gemmes krypteret med personens egen nøgle',
    en: 'stored encrypted with the person’s own key',
  },
  'web.chefgruppen.organisation.import-columns.column.area': {
    da: 'områdets id og navn',
    en: 'the area’s id and name',
  },
  'web.chefgruppen.organisation.import-columns.column.level': {
    da: 'direktør, chef eller leder',
    en: 'direktør, chef or leder',
  },
  'web.chefgruppen.organisation.import-columns.column.experienced': { da: 'ja eller nej', en: 'ja or nej (yes or no)' },
  'web.chefgruppen.organisation.import-columns.column.manager': {
    da: 'id på nærmeste leder',
    en: 'the direct manager’s id',
  },
  'web.chefgruppen.organisation.import-columns.column.group': {
    da: 'ledelsesgruppen, personen er i',
    en: 'the leadership group the person is in',
  },
  'web.chefgruppen.organisation.import-columns.column.facilitator': {
    da: 'ja på den ene linje pr. gruppe, hvis person faciliterer den (chef eller direktør)',
    en: 'ja on the one row per group whose person facilitates it (a chef or direktør)',
  },
  'web.chefgruppen.organisation.import-columns.column.language': {
    da: 'da eller en: sproget i personens beskeder; tom er dansk',
    en: 'da or en: the language of the person’s messages; empty is Danish',
  },
  'web.chefgruppen.organisation.import-columns.column.workplace': {
    da: 'Arbejdspladsen, lederen leder (navnet): vises for lederens personale',
    en: 'The workplace the leader leads (its name): shown to the leader’s staff',
  },
  'web.chefgruppen.organisation.import-columns.column.staff-address': {
    da: 'E-mailadressen, der når lederens personale (en fordelingsliste)',
    en: 'The e-mail address that reaches the leader’s staff (a distribution list)',
  },
  'web.chefgruppen.organisation.import-columns.the-files-columns': {
    da: 'Kolonnerne i filen',
    en: 'The file’s columns',
  },
  'web.chefgruppen.organisation.import-columns.intro': {
    da: 'Én linje pr. person, med en overskrift. Gem fra Excel som "CSV (semikolonsepareret)"; UTF-8 og Windows-1252 virker begge. Filen indlæses helt eller slet ikke; personer, der ikke er med i filen, registreres som fratrådt. Uden gruppekolonner bliver grupperne, som de er, og uden sprog-kolonnen bliver sprogene, som de er.',
    en: 'One row per person, with a header. Save from Excel as "CSV (semicolon separated)"; UTF-8 and Windows-1252 both work. The file is applied whole or not at all; people missing from the file are recorded as having left. Without group columns the groups stay as they are, and without the language column the languages do.',
  },
  'web.chefgruppen.organisation.import-columns.columns': { da: 'Kolonner', en: 'Columns' },
  'web.chefgruppen.organisation.import-columns.required': { da: 'Skal med', en: 'Required' },
  'web.chefgruppen.organisation.import-columns.meaning': { da: 'Betydning', en: 'Meaning' },
  'web.chefgruppen.organisation.import-columns.yes': { da: 'Ja', en: 'Yes' },
  'web.chefgruppen.organisation.import-columns.no': { da: 'Nej', en: 'No' },

  // upload
  'web.chefgruppen.organisation.upload.too-large': (p: { megabytes: number }) => ({
    da: `Formularen er for stor: filen eller teksten må højst fylde ${p.megabytes} MB.`,
    en: `The form is too large: the file or the text may take at most ${p.megabytes} MB.`,
  }),
  'web.chefgruppen.organisation.upload.malformed': {
    da: 'Formularen kunne ikke læses. Gå tilbage og send den igen.',
    en: 'The form could not be read. Go back and send it again.',
  },
  'web.chefgruppen.organisation.upload.back-to-the-import': {
    da: 'Tilbage til indlæsningen',
    en: 'Back to the import',
  },
  'web.chefgruppen.organisation.upload.not-imported': {
    da: 'Filen blev ikke indlæst',
    en: 'The file was not imported',
  },
} as const satisfies Texts;
