import {
  ID_PATTERN,
  own,
  type Language,
  type OrganisationProblem,
  type OrganisationRuleBroken,
} from '@ledelsesrum/domain';
import { ERASED, isEmailAddress } from '@ledelsesrum/domain';
import { DEFAULT_CSV_LIMITS, type CsvLimits } from './csv-limits';
import { broken, type CsvProblem, type CsvRuleBroken } from './csv-problem';
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
    workplace?: string;
    staffAddress?: string;
  }[];
  readonly groups: { id: string; name: string; facilitatorId: string; memberIds: string[] }[];
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
  workplace: ['arbejdsplads', 'workplace'],
  staffAddress: ['personale_email', 'staff_email'],
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
  const reading = {
    organisation,
    problems,
    lineOf,
    hasGroupColumns: false,
    hasLanguageColumn: false,
    hasWorkplaceColumns: false,
  };
  if (parsed.overLimit) {
    return { ...reading, problems: [overLimitProblem(parsed.overLimit, limits, parsed.rows[0])] };
  }
  if (parsed.unclosedQuoteAt !== undefined) {
    return { ...reading, problems: [{ line: parsed.unclosedQuoteAt, ...broken('unclosed-quote', {}) }] };
  }
  if (!rawHeader) return { ...reading, problems: [{ line: 1, ...broken('empty-file', {}) }] };
  // Trailing separators on the header line make empty column names: they are no columns.
  let width = rawHeader.fields.length;
  while (width > 0 && rawHeader.fields[width - 1]!.trim() === '') width -= 1;
  const header: CsvRow = { line: rawHeader.line, fields: rawHeader.fields.slice(0, width) };
  const columns = columnIndex(header, problems);
  if (problems.length > 0) return reading;
  reading.hasGroupColumns = columns.groupId !== undefined;
  reading.hasLanguageColumn = columns.language !== undefined;
  reading.hasWorkplaceColumns = columns.workplace !== undefined || columns.staffAddress !== undefined;

  const areas = new Map<string, { name: string; line: number }>();
  const groups = new Map<
    string,
    { name: string; facilitatorIds: string[]; memberIds: string[]; line: number; facilitatorLine: number }
  >();
  for (const row of rows) {
    const cell = (column: Column) => (columns[column] === undefined ? '' : (row.fields[columns[column]!] ?? '').trim());
    const problem = (column: Column, found: CsvRuleBroken) =>
      problems.push({ line: row.line, column: header.fields[columns[column]!]?.trim(), ...found });
    if (row.fields.slice(header.fields.length).some((value) => value.trim() !== '')) {
      problems.push({
        line: row.line,
        ...broken('too-many-fields', { fields: row.fields.length, header: header.fields.length }),
      });
      continue;
    }
    for (const column of REQUIRED) if (cell(column) === '') problem(column, broken('value-missing', {}));
    for (const column of ['id', 'areaId', 'managerId', 'groupId'] as const) {
      if (cell(column) !== '' && !ID_PATTERN.test(cell(column))) {
        problem(column, broken('invalid-id', { value: cell(column) }));
      }
    }
    for (const column of ['name', 'area', 'group', 'workplace'] as const) {
      if (cell(column).length > MAX_TEXT) problem(column, broken('too-many-characters', { max: MAX_TEXT }));
    }
    const level = cell('level').toLowerCase();
    if (level !== '' && !['direktør', 'chef', 'leder'].includes(level)) {
      problem('level', broken('invalid-level', { value: cell('level') }));
    }
    const experienced = yesNo(cell('experienced'));
    if (experienced === undefined) problem('experienced', broken('not-yes-or-no', { value: cell('experienced') }));
    const facilitator = yesNo(cell('facilitator'));
    if (facilitator === undefined) problem('facilitator', broken('not-yes-or-no', { value: cell('facilitator') }));
    const language = own(LANGUAGE_NAMES, cell('language').toLowerCase());
    if (cell('language') !== '' && language === undefined) {
      problem('language', broken('invalid-language', { value: cell('language') }));
    }
    // An erased person's e-mail reads as ERASED; sending it back keeps what is stored.
    if (cell('email').length > MAX_EMAIL) {
      problem('email', broken('too-many-characters', { max: MAX_EMAIL }));
    } else if (cell('email') !== '' && cell('email') !== ERASED && !isEmailAddress(cell('email'))) {
      problem('email', broken('not-an-email', { value: cell('email') }));
    }
    if (cell('staffAddress').length > MAX_EMAIL) {
      problem('staffAddress', broken('too-many-characters', { max: MAX_EMAIL }));
    } else if (cell('staffAddress') !== '' && !isEmailAddress(cell('staffAddress'))) {
      problem('staffAddress', broken('not-an-email', { value: cell('staffAddress') }));
    }

    const area = areas.get(cell('areaId'));
    if (area && area.name !== cell('area')) {
      problem('area', broken('area-named-otherwise', { name: cell('area'), line: area.line, named: area.name }));
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
    } else if (facilitator) problem('facilitator', broken('facilitator-without-group', {}));

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
      ...(cell('workplace') === '' ? {} : { workplace: cell('workplace') }),
      ...(cell('staffAddress') === '' ? {} : { staffAddress: cell('staffAddress') }),
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
        ...broken('facilitator-count', { groupId: id, count: group.facilitatorIds.length }),
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
  /** False when the file has neither workplace column: then workplaces and staff addresses stay as they are. */
  hasWorkplaceColumns: boolean;
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
        ...broken('column-missing', { names: aliases }),
      });
    }
  }
  names.forEach((name, i) => {
    if (!Object.values(CSV_COLUMNS).some((aliases) => (aliases as readonly string[]).includes(name))) {
      problems.push({ line: 1, column: header.fields[i], ...broken('unknown-column', {}) });
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
    return { line: over.line, ...broken('too-many-rows', { maxRows: limits.maxRows }) };
  }
  const column = over.line > 1 ? header?.fields[over.column ?? -1]?.trim() : undefined;
  return {
    line: over.line,
    ...(column ? { column } : {}),
    ...broken('field-too-long', { maxChars: limits.maxCellChars }),
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
export function locateProblem(problem: OrganisationProblem, lineOf: LineIndex): CsvProblem {
  const { path, ...rest } = problem;
  const found = rest as OrganisationRuleBroken;
  const match = /^(people|groups|areas)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!match) return { line: 1, ...found };
  const [, collection, index, field] = match as unknown as [
    string,
    'people' | 'groups' | 'areas',
    string,
    string | undefined,
  ];
  const lines = collection === 'groups' && field === 'facilitatorId' ? lineOf.groupFacilitators : lineOf[collection];
  const line = lines[Number(index)] ?? 1;
  const column = field === undefined ? undefined : COLUMN_OF_FIELD[field];
  return { line, ...(column === undefined ? {} : { column: CSV_COLUMNS[column][0] }), ...found };
}
