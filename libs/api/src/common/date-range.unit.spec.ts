import { CALENDAR_DATE_PATTERN, FIRST_YEAR, INSTANT_PATTERN, LAST_YEAR } from './date-range';

describe('the years a date may fall in', () => {
  const year = (value: number) => String(value).padStart(4, '0');

  it.each([FIRST_YEAR, 2027, LAST_YEAR])('takes the year %s in a date and an instant', (value) => {
    expect(CALENDAR_DATE_PATTERN.test(`${year(value)}-03-11`)).toBe(true);
    expect(INSTANT_PATTERN.test(`${year(value)}-03-11T09:00:00+01:00`)).toBe(true);
  });

  it.each([274, FIRST_YEAR - 1, LAST_YEAR + 1, 9999])('refuses the year %s in a date and an instant', (value) => {
    expect(CALENDAR_DATE_PATTERN.test(`${year(value)}-03-11`)).toBe(false);
    expect(INSTANT_PATTERN.test(`${year(value)}-03-11T09:00:00Z`)).toBe(false);
  });

  it.each(['2027-03-11', '2027-03-11T09:00+01:00', '2027-03-11T09:00:00', '2027-03-11 09:00:00Z'])(
    'refuses %s as an instant: seconds and a zone are part of it',
    (value) => {
      expect(INSTANT_PATTERN.test(value)).toBe(false);
    },
  );
});
