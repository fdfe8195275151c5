import { bothLanguages, csvProblemText, inOneLine } from '@ledelsesrum/messages';

describe('csvProblemText', () => {
  const line = (problem: Parameters<typeof csvProblemText>[0]) => inOneLine(csvProblemText(problem));

  it('words a problem of the file in the one line the API has always answered', () => {
    expect(line({ rule: 'value-missing', params: {} })).toBe('mangler / missing');
    expect(line({ rule: 'invalid-id', params: { value: '_x' } })).toBe(
      '"_x": 1-64 tegn, bogstaver, tal og . _ : - / 1-64 characters: letters, digits and . _ : -',
    );
    expect(line({ rule: 'invalid-language', params: { value: 'fr' } })).toBe(
      '"fr": da (dansk) eller en (engelsk) / da (Danish) or en (English)',
    );
    expect(line({ rule: 'column-missing', params: { names: ['email', 'e-mail'] } })).toBe(
      'kolonnen mangler / the column is missing (email / e-mail)',
    );
    expect(line({ rule: 'too-many-rows', params: { maxRows: 10_000 } })).toBe(
      'Filen har mere end 10.000 rækker; højst 10.000 kan indlæses (ORGANISATION_IMPORT_MAX_ROWS) / ' +
        'The file has more than 10,000 rows; at most 10,000 can be imported (ORGANISATION_IMPORT_MAX_ROWS)',
    );
  });

  it('says a level it does not know once, as its names are Danish in both languages', () => {
    expect(csvProblemText({ rule: 'invalid-level', params: { value: 'boss' } })).toStrictEqual({
      da: '"boss": direktør, chef eller leder',
      en: '"boss": direktør, chef eller leder',
    });
    expect(line({ rule: 'invalid-level', params: { value: 'boss' } })).toBe('"boss": direktør, chef eller leder');
  });

  it('words a rule the organisation broke, placed on the file, as the domain names it', () => {
    expect(bothLanguages(csvProblemText({ rule: 'unknown-manager', params: { managerId: 'p-9' } }))).toBe(
      'ukendt leder / unknown manager "p-9"',
    );
    expect(
      bothLanguages(csvProblemText({ rule: 'facilitator-level', params: { personId: 'p-2', level: 'leder' } })),
    ).toBe('facilitator skal være chef eller direktør / the facilitator must be a chef or direktør ("p-2" is leder)');
  });
});
