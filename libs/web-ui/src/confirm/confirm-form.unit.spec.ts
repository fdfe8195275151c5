import { readConfirmForm } from './confirm-form';

// Nest's packages are ES modules Jest cannot load; the DTO's OpenAPI decorators play no part in validation.
jest.mock('@nestjs/swagger', () => ({
  ApiProperty: () => () => undefined,
  ApiPropertyOptional: () => () => undefined,
}));
// The API's entries without their Nest modules (see testing/api-forms).
jest.mock('@ledelsesrum/api/cycles', () => jest.requireActual('../testing/api-forms').cycles);
jest.mock('@ledelsesrum/api/common', () => jest.requireActual('../testing/api-forms').common);

/** The date as the form's three fields send it. */
const MAY_27 = { 'passedOnAt.day': '27', 'passedOnAt.month': '5', 'passedOnAt.year': '2027' };

describe('readConfirmForm', () => {
  it('takes a form with a date, a channel and a reflection', async () => {
    const form = await readConfirmForm({ ...MAY_27, channel: 'personalemøde', note: 'God snak' });
    expect(form).toEqual({ dto: { passedOnAt: '2027-05-27', channel: 'personalemøde', note: 'God snak' } });
  });

  it('reads an empty reflection as none', async () => {
    const form = await readConfirmForm({ ...MAY_27, channel: 'teammøde', note: '  ' });
    expect(form).toEqual({ dto: { passedOnAt: '2027-05-27', channel: 'teammøde' } });
  });

  it('names each missing or malformed field, and keeps what was typed', async () => {
    const typed = { 'passedOnAt.day': '27', 'passedOnAt.month': '5', 'passedOnAt.year': '' };
    const form = await readConfirmForm({ ...typed, channel: '', note: 'x'.repeat(2_001) });
    expect(form).toEqual({
      problems: {
        values: { ...typed, channel: '', note: 'x'.repeat(2_001) },
        fieldErrors: {
          passedOnAt: { da: 'Skriv en dato som 24.5.2027', en: 'Write a date such as 24.5.2027' },
          channel: expect.objectContaining({ en: expect.stringContaining('Say how') }),
          note: expect.objectContaining({ da: expect.stringContaining('2.000 tegn') }),
        },
        formErrors: [],
      },
    });
  });

  it('refuses fields the form does not have, as the JSON route does', async () => {
    const form = await readConfirmForm({ ...MAY_27, channel: 'teammøde', personId: 'p-2' });
    expect(form).toEqual({
      problems: expect.objectContaining({
        formErrors: [{ da: 'Ukendte felter: personId', en: 'Unknown fields: personId' }],
      }),
    });
  });

  it.each([undefined, null, 'text', ['a']])('reads %j as an empty form', async (body) => {
    const form = await readConfirmForm(body);
    expect('problems' in form && Object.keys(form.problems.fieldErrors)).toEqual(['passedOnAt', 'channel']);
  });
});
