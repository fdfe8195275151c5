import { FIRST_YEAR, isCalendarDate, isDateTime, isSealed, invalidValue, LAST_YEAR } from '@ledelsesrum/domain';

describe('the values a command may hold', () => {
  it('takes a real calendar day within the years, and nothing else', () => {
    expect(['2027-03-11', '2028-02-29', `${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`].every(isCalendarDate)).toBe(true);
    const refused = [
      '0274-03-11',
      '1999-12-31',
      '2101-01-01',
      '2027-02-29',
      '2027-04-31',
      '2027-3-11',
      '',
      null,
      20270311,
    ];
    expect(refused.filter(isCalendarDate)).toEqual([]);
  });

  it('takes a moment as the API does: a day, or a time on it with or without an offset', () => {
    const taken = ['2027-03-11', '2027-03-11T10:00', '2027-03-11T10:00:00.123Z', '2027-03-11T10:00:00+01:00'];
    expect(taken.every(isDateTime)).toBe(true);
    const refused = ['0274-03-11T10:00:00Z', '2027-02-30T10:00:00Z', '2027-03-11T25:00:00Z', 'tomorrow', null, 0];
    expect(refused.filter(isDateTime)).toEqual([]);
  });

  it('sees an empty name in its sealed shape: AES-GCM keeps the length', () => {
    expect(isSealed({ alg: 'A256GCM', iv: 'aXY=', ciphertext: 'QW5uZQ==', tag: 'dA==' })).toBe(true);
    expect(isSealed({ alg: 'A256GCM', iv: 'aXY=', ciphertext: '', tag: 'dA==' })).toBe(false);
    expect(isSealed('Anne')).toBe(false);
    expect(isSealed(null)).toBe(false);
  });

  it('names the field refused, and echoes its value only when it is short and plain', () => {
    expect(invalidValue('person.level', null).params).toEqual({ field: 'person.level', value: null });
    expect(invalidValue('note', { alg: 'A256GCM' }).params).toEqual({ field: 'note' });
    expect(invalidValue('text', 'x'.repeat(101)).params).toEqual({ field: 'text' });
  });
});
