import { ID_PATTERN, ID_RULE, own, type Language } from '@ledelsesrum/domain';
import { ERASED } from '@ledelsesrum/domain';
import { DEFAULT_CSV_LIMITS, type CsvLimits } from './csv-limits';
import { detectSeparator, parseCsv, type CsvRow, type ParsedCsv } from './parse-csv';

/** The organisation a CSV file describes, in plain text (the API seals names and e-mails). */
export interface CsvOrganisation {
  readonly areas: { id: string; name: string }[];
  readonly people: {
    id: string;
    name: string;
    email: string;
    areaId: string;
    level: 'direktør' | 'chef' | 'leder';
    experienced: boolean;
    managerId?: string;
    language?: Language;
  }[];
  readonly groups: { id: string; name: string; facilitatorId: string; memberIds: string[] }[];
}

export interface CsvProblem {
  readonly line: number;
  /** The column's name as in the header, or undefined for a problem with the whole line. */
  readonly column?: string;
  readonly message: string;
}

/** Column names, Danish first; the English names are accepted too. */
export const CSV_COLUMNS = {
  id: ['id'],
  name: ['navn', 'name'],
  email: ['email', 'e-mail'],
  areaId: ['område_id', 'area_id'],
  area: ['område', 'area'],
  level: ['niveau', 'level'],
  experienced: ['erfaren', 'experienced'],
  managerId: ['leder_id', 'manager_id'],
  groupId: ['gruppe_id', 'group_id'],
  group: ['gruppe', 'group'],
  facilitator: ['facilitator'],
  language: ['sprog', 'language'],
} as const;

type Column = keyof typeof CSV_COLUMNS;
const REQUIRED: readonly Column[] = ['id', 'name', 'email', 'areaId', 'area', 'level', 'experienced'];
const MAX_TEXT = 200;
/** The longest e-mail address SMTP carries (RFC 5321); checked before the pattern, whose cost grows with the square. */
const MAX_EMAIL = 254;
const YES = ['ja', 'j', 'yes', 'y', 'true', '1', 'x'];
const NO = ['nej', 'n', 'no', 'false', '0', ''];
/** A language by its code or its name in Danish or English; an empty cell is none (Danish). */
const LANGUAGE_NAMES: Readonly<Record<string, Language>> = {
  da: 'da',
  dansk: 'da',
  danish: 'da',
  en: 'en',
  engelsk: 'en',
  english: 'en',
};

/**
 * Reads one person per row. Rows that share a `gruppe_id` form a group, and the row marked `facilitator` names its
 * facilitator. Every problem is reported with its line and column; the caller applies nothing unless there are none.
 */
export function readOrganisationCsv(text: string, limits: CsvLimits = DEFAULT_CSV_LIMITS): CsvReading {
  const content = text.replace(/^\uFEFF/, '');
  // One row more than the limit: the header.
  const parsed = parseCsv(content, detectSeparator(content), {
    maxRows: limits.maxRows + 1,
    maxFieldChars: limits.maxCellChars,
  });
  const [rawHeader, ...rows] = parsed.rows;
  const problems: CsvProblem[] = [];
  const organisation: CsvOrganisation = { areas: [], people: [], groups: [] };
  const lineOf: LineIndex = { people: [], groups: [], groupFacilitators: [], areas: [] };
  const reading = { organisation, problems, lineOf, hasGroupColumns: false, hasLanguageColumn: false };
  if (parsed.overLimit) {
    return { ...reading, problems: [overLimitProblem(parsed.overLimit, limits, parsed.rows[0])] };
  }
  if (parsed.unclosedQuoteAt !== undefined) {
    const message = 'et citationstegn (") lukkes aldrig / a quotation mark (") is never closed';
    return { ...reading, problems: [{ line: parsed.unclosedQuoteAt, message }] };
  }
  if (!rawHeader) return { ...reading, problems: [{ line: 1, message: 'Filen er tom / The file is empty' }] };
  // Trailing separators on the header line make empty column names: they are no columns.
  let width = rawHeader.fields.length;
  while (width > 0 && rawHeader.fields[width - 1]!.trim() === '') width -= 1;
  const header: CsvRow = { line: rawHeader.line, fields: rawHeader.fields.slice(0, width) };
  const columns = columnIndex(header, problems);
  if (problems.length > 0) return reading;
  reading.hasGroupColumns = columns.groupId !== undefined;
  reading.hasLanguageColumn = columns.language !== undefined;

  const areas = new Map<string, { name: string; line: number }>();
  const groups = new Map<
    string,
    { name: string; facilitatorIds: string[]; memberIds: string[]; line: number; facilitatorLine: number }
  >();
  for (const row of rows) {
    const cell = (column: Column) => (columns[column] === undefined ? '' : (row.fields[columns[column]!] ?? '').trim());
    const problem = (column: Column, message: string) =>
      problems.push({ line: row.line, column: header.fields[columns[column]!]?.trim(), message });
    if (row.fields.slice(header.fields.length).some((value) => value.trim() !== '')) {
      problems.push({
        line: row.line,
        message: `${row.fields.length} felter, overskriften har ${header.fields.length} / ${row.fields.length} fields, the header has ${header.fields.length}`,
      });
      continue;
    }
    for (const column of REQUIRED) if (cell(column) === '') problem(column, 'mangler / missing');
    for (const column of ['id', 'areaId', 'managerId', 'groupId'] as const) {
      if (cell(column) !== '' && !ID_PATTERN.test(cell(column))) {
        problem(column, `"${cell(column)}": ${ID_RULE}`);
      }
    }
    for (const column of ['name', 'area', 'group'] as const) {
      if (cell(column).length > MAX_TEXT) problem(column, `højst ${MAX_TEXT} tegn / at most ${MAX_TEXT} characters`);
    }
    const level = cell('level').toLowerCase();
    if (level !== '' && !['direktør', 'chef', 'leder'].includes(level)) {
      problem('level', `"${cell('level')}": direktør, chef eller leder`);
    }
    const experienced = yesNo(cell('experienced'));
    if (experienced === undefined) problem('experienced', `"${cell('experienced')}": ja eller nej / yes or no`);
    const facilitator = yesNo(cell('facilitator'));
    if (facilitator === undefined) problem('facilitator', `"${cell('facilitator')}": ja eller nej / yes or no`);
    const language = own(LANGUAGE_NAMES, cell('language').toLowerCase());
    if (cell('language') !== '' && language === undefined) {
      problem('language', `"${cell('language')}": da (dansk) eller en (engelsk) / da (Danish) or en (English)`);
    }
    // An erased person's e-mail reads as ERASED; sending it back keeps what is stored.
    if (cell('email').length > MAX_EMAIL) {
      problem('email', `højst ${MAX_EMAIL} tegn / at most ${MAX_EMAIL} characters`);
    } else if (cell('email') !== '' && cell('email') !== ERASED && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(cell('email'))) {
      problem('email', `"${cell('email')}" er ikke en e-mailadresse / is not an e-mail address`);
    }

    const area = areas.get(cell('areaId'));
    if (area && area.name !== cell('area')) {
      problem(
        'area',
        `"${cell('area')}" men linje ${area.line} kalder området "${area.name}" / but line ${area.line} names it "${area.name}"`,
      );
    } else if (!area && cell('areaId') !== '') areas.set(cell('areaId'), { name: cell('area'), line: row.line });

    const groupId = cell('groupId');
    if (groupId !== '') {
      const group = groups.get(groupId) ?? {
        name: cell('group') || groupId,
        facilitatorIds: [],
        memberIds: [],
        line: row.line,
        facilitatorLine: row.line,
      };
      groups.set(groupId, group);
      group.memberIds.push(cell('id'));
      if (facilitator) {
        group.facilitatorIds.push(cell('id'));
        group.facilitatorLine = row.line;
      }
    } else if (facilitator) problem('facilitator', 'facilitator uden gruppe / facilitator without a group');

    lineOf.people.push(row.line);
    organisation.people.push({
      id: cell('id'),
      name: cell('name'),
      email: cell('email'),
      areaId: cell('areaId'),
      level: level as 'direktør' | 'chef' | 'leder',
      experienced: experienced ?? false,
      ...(cell('managerId') === '' ? {} : { managerId: cell('managerId') }),
      ...(language === undefined ? {} : { language }),
    });
  }
  for (const [id, { name, line }] of areas) {
    lineOf.areas.push(line);
    organisation.areas.push({ id, name });
  }
  for (const [id, group] of groups) {
    if (group.facilitatorIds.length !== 1) {
      problems.push({
        line: group.line,
        column: header.fields[columns.facilitator ?? -1]?.trim() ?? 'facilitator',
        message: `gruppe "${id}" har ${group.facilitatorIds.length} facilitatorer, skal have 1 / group "${id}" has ${group.facilitatorIds.length} facilitators, needs 1`,
      });
    }
    lineOf.groups.push(group.line);
    lineOf.groupFacilitators.push(group.facilitatorLine);
    organisation.groups.push({
      id,
      name: group.name,
      facilitatorId: group.facilitatorIds[0] ?? '',
      memberIds: group.memberIds,
    });
  }
  return reading;
}

export interface CsvReading {
  readonly organisation: CsvOrganisation;
  readonly problems: CsvProblem[];
  readonly lineOf: LineIndex;
  /** False when the file has no group columns: then it says nothing about the groups, which stay as they are. */
  hasGroupColumns: boolean;
  /** False when the file has no language column: then it says nothing about languages, which stay as they are. */
  hasLanguageColumn: boolean;
}

/** Where each person, group and area of the result came from, to place the domain's problems on lines. */
export interface LineIndex {
  people: number[];
  groups: number[];
  /** Per group, the line of the row marked as its facilitator (the group's first line when none is). */
  groupFacilitators: number[];
  areas: number[];
}

function columnIndex(header: CsvRow, problems: CsvProblem[]): Partial<Record<Column, number>> {
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const index: Partial<Record<Column, number>> = {};
  for (const [column, aliases] of Object.entries(CSV_COLUMNS) as [Column, readonly string[]][]) {
    const at = names.findIndex((name) => aliases.includes(name));
    if (at >= 0) index[column] = at;
    else if (REQUIRED.includes(column)) {
      problems.push({
        line: 1,
        column: aliases[0],
        message: `kolonnen mangler / the column is missing (${aliases.join(' / ')})`,
      });
    }
  }
  names.forEach((name, i) => {
    if (!Object.values(CSV_COLUMNS).some((aliases) => (aliases as readonly string[]).includes(name))) {
      problems.push({ line: 1, column: header.fields[i], message: 'ukendt kolonne / unknown column' });
    }
  });
  return index;
}

/** The limit a file went past, on the line where it did; the cell's column by its header when the header was read. */
function overLimitProblem(
  over: NonNullable<ParsedCsv['overLimit']>,
  limits: CsvLimits,
  header: CsvRow | undefined,
): CsvProblem {
  if (over.tooMany === 'rows') {
    const [da, en] = [limits.maxRows.toLocaleString('da-DK'), limits.maxRows.toLocaleString('en-GB')];
    return {
      line: over.line,
      message:
        `Filen har mere end ${da} rækker; højst ${da} kan indlæses (ORGANISATION_IMPORT_MAX_ROWS) / ` +
        `The file has more than ${en} rows; at most ${en} can be imported (ORGANISATION_IMPORT_MAX_ROWS)`,
    };
  }
  const column = over.line > 1 ? header?.fields[over.column ?? -1]?.trim() : undefined;
  return {
    line: over.line,
    ...(column ? { column } : {}),
    message: `feltet er længere end ${limits.maxCellChars} tegn / the field is longer than ${limits.maxCellChars} characters`,
  };
}

function yesNo(value: string): boolean | undefined {
  const normalised = value.toLowerCase();
  if (YES.includes(normalised)) return true;
  if (NO.includes(normalised)) return false;
  return undefined;
}

const COLUMN_OF_FIELD: Record<string, Column> = {
  id: 'id',
  areaId: 'areaId',
  managerId: 'managerId',
  level: 'level',
  facilitatorId: 'facilitator',
  memberIds: 'groupId',
  name: 'area',
  language: 'language',
};

/**
 * Places a problem the domain found (located by a path such as `people[3].managerId`) on the file's line and column,
 * so one report covers both kinds of problem.
 */
export function locateProblem(path: string, message: string, lineOf: LineIndex): CsvProblem {
  const match = /^(people|groups|areas)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!match) return { line: 1, message };
  const [, collection, index, field] = match as unknown as [
    string,
    'people' | 'groups' | 'areas',
    string,
    string | undefined,
  ];
  const lines = collection === 'groups' && field === 'facilitatorId' ? lineOf.groupFacilitators : lineOf[collection];
  const line = lines[Number(index)] ?? 1;
  const column = field === undefined ? undefined : COLUMN_OF_FIELD[field];
  return { line, ...(column === undefined ? {} : { column: CSV_COLUMNS[column][0] }), message };
}
