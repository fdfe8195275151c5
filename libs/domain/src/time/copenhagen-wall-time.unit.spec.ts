import { copenhagenTime } from './copenhagen-wall-time';

describe('copenhagenTime', () => {
  it('shows winter time as UTC+1 and summer time as UTC+2', () => {
    expect(copenhagenTime('2027-03-11T09:15:02Z')).toBe('2027-03-11 10:15:02');
    expect(copenhagenTime('2027-06-15T08:15:02.999Z')).toBe('2027-06-15 10:15:02');
  });

  it('jumps from 02:00 to 03:00 at 01:00 UTC on the last Sunday of March', () => {
    expect(copenhagenTime('2027-03-28T00:59:59Z')).toBe('2027-03-28 01:59:59');
    expect(copenhagenTime('2027-03-28T01:00:00Z')).toBe('2027-03-28 03:00:00');
  });

  it('shows 02:00-03:00 twice at the end of summer time, on the last Sunday of October', () => {
    expect(copenhagenTime('2027-10-31T00:30:00Z')).toBe('2027-10-31 02:30:00');
    expect(copenhagenTime('2027-10-31T01:30:00Z')).toBe('2027-10-31 02:30:00');
    expect(copenhagenTime('2027-10-31T02:00:00Z')).toBe('2027-10-31 03:00:00');
  });

  it('writes midnight as 00, on the right day, also across a year', () => {
    expect(copenhagenTime('2027-06-30T22:00:00Z')).toBe('2027-07-01 00:00:00');
    expect(copenhagenTime(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01 00:00:00');
  });

  it('takes an offset as given', () => {
    expect(copenhagenTime('2027-03-11T10:15:02+01:00')).toBe('2027-03-11 10:15:02');
  });

  it('refuses what is not a time', () => {
    expect(() => copenhagenTime('i morgen')).toThrow(RangeError);
  });
});
