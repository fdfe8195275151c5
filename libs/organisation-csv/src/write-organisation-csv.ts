import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, type CsvOrganisation } from './organisation-csv';

/** The columns as the import reads them, by their Danish names, in the order the template and the export write them. */
export const CSV_HEADINGS: readonly string[] = Object.values(CSV_COLUMNS).map((names) => names[0]);

/** An organisation in plain text, as the import reads it (CsvOrganisation) or the API reads it out. */
export interface OrganisationToWrite {
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly Readonly<CsvOrganisation['people'][number]>[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly facilitatorId: string;
    readonly memberIds: readonly string[];
  }[];
}

/** One row of the template: a chef who facilitates a group, every column filled in as the import reads it. */
const EXAMPLE_ROW = [
  'p-001',
  'Mette Jensen',
  'mette.jensen@kommune.dk',
  'social',
  'Social og Sundhed',
  'chef',
  'ja',
  '',
  'g-1',
  'Gruppe 1',
  'ja',
  'da',
  'Social og Sundhed, sekretariatet',
  'personale.social@kommune.dk',
];

/**
 * The organisation as a CSV file for Danish Excel: semicolons, CRLF line ends, UTF-8 with a byte order mark (without
 * it Excel reads UTF-8 as Windows-1252), and the Danish headings the import reads, so the file imports as it is. A
 * person in several groups is written in the one they facilitate, else the first: the file has one group per row.
 * Areas without people are not written, as the file names areas only on people's rows.
 */
export function writeOrganisationCsv(organisation: OrganisationToWrite): string {
  const areaName = new Map(organisation.areas.map((area) => [area.id, area.name]));
  const groupOf = (personId: string) =>
    organisation.groups.find((group) => group.facilitatorId === personId) ??
    organisation.groups.find((group) => group.memberIds.includes(personId));
  const rows = organisation.people.map((person) => {
    const group = groupOf(person.id);
    return [
      person.id,
      person.name,
      person.email,
      person.areaId,
      areaName.get(person.areaId) ?? person.areaId,
      person.level,
      person.experienced ? 'ja' : 'nej',
      person.managerId ?? '',
      group?.id ?? '',
      group?.name ?? '',
      group?.facilitatorId === person.id ? 'ja' : '',
      person.language ?? '',
      person.workplace ?? '',
      person.staffAddress ?? '',
    ];
  });
  return excelCsv([CSV_HEADINGS, ...rows]);
}

/** The headings and one example row: a file to fill in and import. */
export function organisationCsvTemplate(): string {
  return excelCsv([CSV_HEADINGS, EXAMPLE_ROW]);
}

function excelCsv(rows: readonly (readonly string[])[]): string {
  return stringify(rows as string[][], { delimiter: ';', record_delimiter: '\r\n', bom: true });
}
