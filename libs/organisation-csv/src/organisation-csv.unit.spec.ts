import { decodeCsv, parseCsv } from './parse-csv';
import { locateProblem, readOrganisationCsv } from './organisation-csv';

const HEADER = 'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and numbers rows by their first line', () => {
    const { rows, unclosedQuoteAt } = parseCsv('a;b\n"x;y";"sagde ""hej""\nigen"\nz;w\n');
    expect(unclosedQuoteAt).toBeUndefined();
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x;y', 'sagde "hej"\nigen'] },
      { line: 4, fields: ['z', 'w'] },
    ]);
  });

  it('takes a comma as separator when the header has more commas than semicolons', () => {
    expect(parseCsv('a,b\n1,2').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('says where a quoted field opened that is never closed', () => {
    expect(parseCsv('a;b\n1;2\n3;"open\n5;6\n').unclosedQuoteAt).toBe(3);
  });

  it('skips blank lines and lines of separators only', () => {
    expect(parseCsv('a;b\n;;\n\n1;2\n').rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['1', '2'] },
    ]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with a byte-order mark, and Windows-1252 from Excel, both with Danish letters', () => {
    expect(decodeCsv(Buffer.from('\uFEFFÆrø;Åse', 'utf8')).replace(/^\uFEFF/, '')).toBe('Ærø;Åse');
    expect(decodeCsv(Buffer.from([0xc6, 0x72, 0xf8, 0x3b, 0xc5, 0x73, 0x65]))).toBe('Ærø;Åse');
    // 0x80-0x9F are printable in Windows-1252: euro, typographic apostrophe, en dash.
    expect(decodeCsv(Buffer.from([0x80, 0x20, 0x4f, 0x92, 0x42, 0x20, 0x96]))).toBe('€ O’B –');
  });
});

describe('readOrganisationCsv', () => {
  it('builds areas, people with managers, and groups with their facilitator from one row per person', () => {
    const { organisation, problems } = readOrganisationCsv(
      csv(
        'p-1;Åse Ærø;aase@kommune.dk;social;Social og Sundhed;chef;ja;;g-1;Gruppe 1;ja',
        'p-2;Bo Øster;bo@kommune.dk;teknik;Teknik og Miljø;leder;nej;p-1;g-1;Gruppe 1;',
        'p-3;Cai;cai@kommune.dk;social;Social og Sundhed;leder;nej;p-1;;;',
      ),
    );
    expect(problems).toEqual([]);
    expect(organisation).toEqual({
      areas: [
        { id: 'social', name: 'Social og Sundhed' },
        { id: 'teknik', name: 'Teknik og Miljø' },
      ],
      people: [
        { id: 'p-1', name: 'Åse Ærø', email: 'aase@kommune.dk', areaId: 'social', level: 'chef', experienced: true },
        {
          id: 'p-2',
          name: 'Bo Øster',
          email: 'bo@kommune.dk',
          areaId: 'teknik',
          level: 'leder',
          experienced: false,
          managerId: 'p-1',
        },
        {
          id: 'p-3',
          name: 'Cai',
          email: 'cai@kommune.dk',
          areaId: 'social',
          level: 'leder',
          experienced: false,
          managerId: 'p-1',
        },
      ],
      groups: [{ id: 'g-1', name: 'Gruppe 1', facilitatorId: 'p-1', memberIds: ['p-1', 'p-2'] }],
    });
  });

  it('lists every problem by line and column', () => {
    const { problems } = readOrganisationCsv(
      csv(
        'p-1;;aase@kommune.dk;social;Social;boss;måske;;g-1;Gruppe 1;nej',
        'p-2;Bo;ikke-en-mail;social;Sociale;leder;nej;;;;ja',
        'p-3;Cai;cai@kommune.dk;social;Social;leder',
        '_x;Dan;dan@kommune.dk;social;Social;leder;nej;;;;;ekstra',
      ),
    );
    expect(problems).toEqual([
      { line: 2, column: 'navn', rule: 'value-missing', params: {} },
      { line: 2, column: 'niveau', rule: 'invalid-level', params: { value: 'boss' } },
      { line: 2, column: 'erfaren', rule: 'not-yes-or-no', params: { value: 'måske' } },
      { line: 3, column: 'email', rule: 'not-an-email', params: { value: 'ikke-en-mail' } },
      {
        line: 3,
        column: 'område',
        rule: 'area-named-otherwise',
        params: { name: 'Sociale', line: 2, named: 'Social' },
      },
      { line: 3, column: 'facilitator', rule: 'facilitator-without-group', params: {} },
      { line: 4, column: 'erfaren', rule: 'value-missing', params: {} },
      { line: 5, rule: 'too-many-fields', params: { fields: 12, header: 11 } },
      { line: 2, column: 'facilitator', rule: 'facilitator-count', params: { groupId: 'g-1', count: 0 } },
    ]);
  });

  it('refuses ids that could not be used in the API (spaces, a leading underscore, too long)', () => {
    const { problems } = readOrganisationCsv(csv('_proto;Ib;ib@kommune.dk;so cial;Social;leder;nej;;;;'));
    expect(problems).toEqual([
      { line: 2, column: 'id', rule: 'invalid-id', params: { value: '_proto' } },
      { line: 2, column: 'område_id', rule: 'invalid-id', params: { value: 'so cial' } },
    ]);
  });

  it('says the file has no group columns, so that the groups are left as they are', () => {
    const reading = readOrganisationCsv(
      'id;navn;email;område_id;område;niveau;erfaren;\np-1;Ib;ib@kommune.dk;s;S;chef;ja;\n',
    );
    expect(reading.problems).toEqual([]);
    expect(reading.hasGroupColumns).toBe(false);
    expect(reading.organisation.people).toHaveLength(1);
  });

  it('reads the optional language column by code or name in either language, an empty cell as none', () => {
    const row = (id: string, language: string) => `${id};Ib;ib@kommune.dk;s;S;leder;nej;;;;;${language}`;
    const reading = readOrganisationCsv(
      [
        `${HEADER};sprog`,
        row('p-1', 'en'),
        row('p-2', 'Engelsk'),
        row('p-3', 'DANISH'),
        row('p-4', 'dansk'),
        row('p-5', ''),
      ].join('\n'),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.hasLanguageColumn).toBe(true);
    expect(reading.organisation.people.map((person) => person.language)).toEqual(['en', 'en', 'da', 'da', undefined]);
    expect(reading.organisation.people[4]).not.toHaveProperty('language');
    const english = readOrganisationCsv(`${HEADER.replace('navn', 'name')};Language\n${row('p-1', 'english')}\n`);
    expect(english.organisation.people[0]?.language).toBe('en');
  });

  it('reports a language it does not know by line and column, and says when the file has no language column', () => {
    const { problems } = readOrganisationCsv(
      `${HEADER};sprog\np-1;Ib;ib@kommune.dk;s;S;leder;nej;;;;;fransk\np-2;Bo;bo@kommune.dk;s;S;leder;nej;;;;;toString\n`,
    );
    expect(problems).toEqual([
      { line: 2, column: 'sprog', rule: 'invalid-language', params: { value: 'fransk' } },
      { line: 3, column: 'sprog', rule: 'invalid-language', params: { value: 'toString' } },
    ]);
    expect(readOrganisationCsv(csv('p-1;Ib;ib@kommune.dk;s;S;leder;nej;;;;')).hasLanguageColumn).toBe(false);
  });

  it('reads the optional workplace and staff address, an empty cell as none, and says when the file has neither', () => {
    const row = (id: string, place: string, address: string) =>
      `${id};Ib;ib@kommune.dk;s;S;leder;nej;;;;;${place};${address}`;
    const reading = readOrganisationCsv(
      [
        `${HEADER};arbejdsplads;personale_email`,
        row('p-1', 'Børnehuset Solsikken', 'personale.solsikken@kommune.dk'),
        row('p-2', '', ''),
      ].join('\n'),
    );
    expect(reading.problems).toEqual([]);
    expect(reading.hasWorkplaceColumns).toBe(true);
    expect(reading.organisation.people[0]).toMatchObject({
      workplace: 'Børnehuset Solsikken',
      staffAddress: 'personale.solsikken@kommune.dk',
    });
    expect(reading.organisation.people[1]).not.toHaveProperty('workplace');
    expect(reading.organisation.people[1]).not.toHaveProperty('staffAddress');
    const english = readOrganisationCsv(`${HEADER};staff_email\np-1;Ib;ib@kommune.dk;s;S;leder;nej;;;;;x@kommune.dk\n`);
    expect(english.problems).toEqual([]);
    expect(english.organisation.people[0]?.staffAddress).toBe('x@kommune.dk');
    expect(readOrganisationCsv(csv('p-1;Ib;ib@kommune.dk;s;S;leder;nej;;;;')).hasWorkplaceColumns).toBe(false);
  });

  it('reports a staff address that is no e-mail address by line and column', () => {
    const { problems } = readOrganisationCsv(
      `${HEADER};personale_email\np-1;Ib;ib@kommune.dk;s;S;leder;nej;;;;;alle ansatte\n`,
    );
    expect(problems).toEqual([
      { line: 2, column: 'personale_email', rule: 'not-an-email', params: { value: 'alle ansatte' } },
    ]);
  });

  it('reports missing and unknown columns on line 1', () => {
    const { problems } = readOrganisationCsv('id;navn;farve\np-1;Åse;blå\n');
    expect(problems).toEqual(
      expect.arrayContaining([
        { line: 1, column: 'email', rule: 'column-missing', params: { names: ['email', 'e-mail'] } },
        { line: 1, column: 'farve', rule: 'unknown-column', params: {} },
      ]),
    );
  });

  it('reports an empty file', () => {
    expect(readOrganisationCsv('').problems).toEqual([{ line: 1, rule: 'empty-file', params: {} }]);
  });
});

describe('readOrganisationCsv limits', () => {
  const limits = { maxRows: 3, maxCellChars: 50 };
  const person = (n: number) => `p-${n};Ib ${n};ib${n}@kommune.dk;social;Social;leder;nej;;;;`;

  it('reads as many rows as the limit allows', () => {
    const { problems, organisation } = readOrganisationCsv(csv(person(1), person(2), person(3)), limits);
    expect(problems).toEqual([]);
    expect(organisation.people).toHaveLength(3);
  });

  it('refuses a file with more rows than the limit, on the first line too many, naming the limit and its setting', () => {
    expect(readOrganisationCsv(csv(person(1), person(2), person(3), person(4), person(5)), limits).problems).toEqual([
      { line: 5, rule: 'too-many-rows', params: { maxRows: 3 } },
    ]);
  });

  it('refuses a million rows by the default limit of 10,000, reading no further than the first row too many', () => {
    const text = `${HEADER}\n${'p-1;Ib;ib@kommune.dk;social;Social;leder;nej;;;;\n'.repeat(1_000_000)}`;
    const { problems, organisation } = readOrganisationCsv(text);
    expect(problems).toEqual([{ line: 10_002, rule: 'too-many-rows', params: { maxRows: 10_000 } }]);
    expect(organisation.people).toEqual([]);
  });

  it('refuses a cell longer than the limit, at its line and column', () => {
    const long = 'x'.repeat(51);
    expect(
      readOrganisationCsv(csv(person(1), `p-2;${long};ib@kommune.dk;social;Social;leder;nej;;;;`), limits).problems,
    ).toEqual([{ line: 3, column: 'navn', rule: 'field-too-long', params: { maxChars: 50 } }]);
    expect(readOrganisationCsv(`${HEADER}x${long}\n`, limits).problems).toEqual([
      { line: 1, rule: 'field-too-long', params: { maxChars: 50 } },
    ]);
  });

  it('refuses a 10 MB cell by the default limit of 1,000 characters', () => {
    const { problems } = readOrganisationCsv(
      csv(`p-1;"${'æ'.repeat(10 * 1024 * 1024)}";ib@kommune.dk;s;S;leder;nej;;;;`),
    );
    expect(problems).toEqual([{ line: 2, column: 'navn', rule: 'field-too-long', params: { maxChars: 1000 } }]);
  });

  it('checks an e-mail address’s length before its pattern', () => {
    const email = `${'a'.repeat(300)}@kommune.dk`;
    expect(readOrganisationCsv(csv(`p-1;Ib;${email};social;Social;leder;nej;;;;`)).problems).toEqual([
      { line: 2, column: 'email', rule: 'too-many-characters', params: { max: 254 } },
    ]);
  });
});

describe('locateProblem', () => {
  it('puts a domain problem on the line of the person or group it concerns', () => {
    const lineOf = { people: [2, 3], groups: [2], groupFacilitators: [3], areas: [2] };
    const manager = { rule: 'unknown-manager', params: { managerId: 'p-9' } } as const;
    expect(locateProblem({ path: 'people[1].managerId', ...manager }, lineOf)).toStrictEqual({
      line: 3,
      column: 'leder_id',
      ...manager,
    });
    const level = { rule: 'facilitator-level', params: { personId: 'p-2', level: 'leder' } } as const;
    expect(locateProblem({ path: 'groups[0].facilitatorId', ...level }, lineOf)).toStrictEqual({
      line: 3,
      column: 'facilitator',
      ...level,
    });
    const language = { rule: 'unknown-language', params: { language: 'fr' } } as const;
    expect(locateProblem({ path: 'people[0].language', ...language }, lineOf)).toStrictEqual({
      line: 2,
      column: 'sprog',
      ...language,
    });
  });
});
