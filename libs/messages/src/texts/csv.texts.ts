import type { OrganisationRuleBroken } from '@ledelsesrum/domain';
import type { Bilingual } from '../bilingual';
import { API_TEXTS } from './api.texts';
import { organisationProblemText } from './domain-reports.texts';

/**
 * The problems of an imported organisation file, keyed by the file reader's rules (`CsvRule` in
 * `libs/organisation-csv`). Where the API has always named a value only in one half, the halves stay as they were.
 */
export const CSV_TEXTS = {
  'csv.unclosed-quote': {
    da: 'et citationstegn (") lukkes aldrig',
    en: 'a quotation mark (") is never closed',
  },
  'csv.empty-file': { da: 'Filen er tom', en: 'The file is empty' },
  'csv.too-many-fields': (p: { fields: number; header: number }) => ({
    da: `${p.fields} felter, overskriften har ${p.header}`,
    en: `${p.fields} fields, the header has ${p.header}`,
  }),
  'csv.value-missing': { da: 'mangler', en: 'missing' },
  'csv.invalid-id': (p: { value: string }) => ({
    da: `"${p.value}": ${API_TEXTS['api.field.id'].da}`,
    en: API_TEXTS['api.field.id'].en,
  }),
  'csv.too-many-characters': (p: { max: number }) => ({
    da: `højst ${p.max} tegn`,
    en: `at most ${p.max} characters`,
  }),
  // The level's names are Danish in both languages, so the answer has always said it once.
  'csv.invalid-level': (p: { value: string }) => {
    const said = `"${p.value}": direktør, chef eller leder`;
    return { da: said, en: said };
  },
  'csv.not-yes-or-no': (p: { value: string }) => ({ da: `"${p.value}": ja eller nej`, en: 'yes or no' }),
  'csv.invalid-language': (p: { value: string }) => ({
    da: `"${p.value}": ${API_TEXTS['api.field.language'].da}`,
    en: API_TEXTS['api.field.language'].en,
  }),
  'csv.not-an-email': (p: { value: string }) => ({
    da: `"${p.value}" er ikke en e-mailadresse`,
    en: 'is not an e-mail address',
  }),
  'csv.area-named-otherwise': (p: { name: string; line: number; named: string }) => ({
    da: `"${p.name}" men linje ${p.line} kalder området "${p.named}"`,
    en: `but line ${p.line} names it "${p.named}"`,
  }),
  'csv.facilitator-without-group': { da: 'facilitator uden gruppe', en: 'facilitator without a group' },
  'csv.facilitator-count': (p: { groupId: string; count: number }) => ({
    da: `gruppe "${p.groupId}" har ${p.count} facilitatorer, skal have 1`,
    en: `group "${p.groupId}" has ${p.count} facilitators, needs 1`,
  }),
  'csv.column-missing': (p: { names: readonly string[] }) => ({
    da: 'kolonnen mangler',
    en: `the column is missing (${p.names.join(' / ')})`,
  }),
  'csv.unknown-column': { da: 'ukendt kolonne', en: 'unknown column' },
  'csv.too-many-rows': (p: { maxRows: number }) => {
    const [da, en] = [p.maxRows.toLocaleString('da-DK'), p.maxRows.toLocaleString('en-GB')];
    return {
      da: `Filen har mere end ${da} rækker; højst ${da} kan indlæses (ORGANISATION_IMPORT_MAX_ROWS)`,
      en: `The file has more than ${en} rows; at most ${en} can be imported (ORGANISATION_IMPORT_MAX_ROWS)`,
    };
  },
  'csv.field-too-long': (p: { maxChars: number }) => ({
    da: `feltet er længere end ${p.maxChars} tegn`,
    en: `the field is longer than ${p.maxChars} characters`,
  }),
} as const;

type CsvTexts = typeof CSV_TEXTS;
type RuleOf<Key> = Key extends `csv.${infer Rule}` ? Rule : never;
type CsvRule = RuleOf<keyof CsvTexts>;
type Entry<Rule extends CsvRule> = CsvTexts[`csv.${Rule}` & keyof CsvTexts];

/**
 * A problem of an organisation file as the catalogue words it: a rule and its values. `libs/organisation-csv`'s
 * `CsvProblem` must be assignable to it, so the compiler refuses a rule without words or with other values.
 */
export type WordedCsvProblem =
  | {
      readonly [Rule in CsvRule]: {
        readonly rule: Rule;
        readonly params: Entry<Rule> extends (params: infer P) => Bilingual ? P : Readonly<Record<string, never>>;
      };
    }[CsvRule]
  | OrganisationRuleBroken;

/** A problem of an organisation file, or of the organisation it describes, in words. */
export function csvProblemText(problem: WordedCsvProblem): Bilingual {
  const id = `csv.${problem.rule}`;
  if (!(id in CSV_TEXTS)) return organisationProblemText(problem as OrganisationRuleBroken);
  const wording = CSV_TEXTS[id as keyof CsvTexts] as Bilingual | ((params: unknown) => Bilingual);
  return typeof wording === 'function' ? wording(problem.params) : wording;
}
