import { isInstant } from './is-instant';

describe('an instant as the API takes it', () => {
  it.each([
    '2027-03-11T09:00:00+01:00',
    '2027-03-11T08:00:00Z',
    '2027-03-11T08:00:00.123Z',
    '2027-12-31T23:59:59-11:30',
  ])('takes %s', (value) => {
    expect(isInstant(value)).toBe(true);
  });

  it.each([
    ['a date alone', '2027-03-11'],
    ['no seconds', '2027-03-11T09:00+01:00'],
    ['no zone', '2027-03-11T09:00:00'],
    ['a day that does not exist', '2027-02-30T09:00:00Z'],
    ['hour 24', '2027-03-11T24:00:00Z'],
    ['an offset of 24 hours', '2027-03-11T09:00:00+24:00'],
    ['not text', 20270311],
  ])('refuses %s', (_what, value) => {
    expect(isInstant(value)).toBe(false);
  });
});
