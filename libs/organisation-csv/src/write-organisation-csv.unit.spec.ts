import { organisationCsvTemplate, readOrganisationCsv, writeOrganisationCsv, type CsvOrganisation } from './index';

const ORGANISATION: CsvOrganisation = {
  areas: [
    { id: 'social', name: 'Social og Sundhed' },
    { id: 'teknik', name: 'Teknik; Miljø og "Plan"' },
  ],
  people: [
    {
      id: 'p-dir',
      name: 'Dorte Ærø',
      email: 'dorte@kommune.dk',
      areaId: 'social',
      level: 'direktør',
      experienced: true,
      language: 'da',
    },
    {
      id: 'p-a',
      name: 'Anne Østergård',
      email: 'anne@kommune.dk',
      areaId: 'teknik',
      level: 'leder',
      experienced: false,
      managerId: 'p-dir',
      language: 'en',
      workplace: 'Børnehuset Solsikken',
      staffAddress: 'personale.solsikken@kommune.dk',
    },
    { id: 'p-b', name: 'Bo Sand', email: 'bo@kommune.dk', areaId: 'teknik', level: 'leder', experienced: true },
  ],
  groups: [{ id: 'g-1', name: 'Gruppe 1', facilitatorId: 'p-dir', memberIds: ['p-dir', 'p-a'] }],
};

describe('writeOrganisationCsv', () => {
  it('writes for Danish Excel: a byte order mark, semicolons, CRLF and the Danish headings', () => {
    const text = writeOrganisationCsv(ORGANISATION);
    expect(
      text.startsWith(
        '\uFEFFid;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator;sprog;arbejdsplads;personale_email\r\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      '\r\np-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja;da;;\r\n',
    );
    expect(text).toContain(';en;Børnehuset Solsikken;personale.solsikken@kommune.dk\r\n');
    expect(text).toContain('\r\np-b;Bo Sand;bo@kommune.dk;teknik;"Teknik; Miljø og ""Plan""";leder;ja;;;;;;;\r\n');
  });

  it('reads back as the very organisation it was written from', () => {
    const reading = readOrganisationCsv(writeOrganisationCsv(ORGANISATION));
    expect(reading.problems).toEqual([]);
    expect(reading.organisation).toEqual(ORGANISATION);
  });

  it('gives a template whose example row imports without a problem', () => {
    const template = organisationCsvTemplate();
    expect(template.split('\r\n').filter(Boolean)).toHaveLength(2);
    const reading = readOrganisationCsv(template);
    expect(reading.problems).toEqual([]);
    expect(reading.organisation.people.map((person) => person.id)).toEqual(['p-001']);
  });
});
