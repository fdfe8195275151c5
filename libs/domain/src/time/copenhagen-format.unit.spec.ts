import {
  copenhagenDay,
  formatClock,
  formatDate,
  formatDateTime,
  formatMeetingTime,
  formatMoment,
  formatWeekdayDate,
  parseCopenhagenDateTime,
} from '@ledelsesrum/domain';

describe('formatWeekdayDate', () => {
  it('writes dates in Danish and English, in Copenhagen time', () => {
    expect(formatWeekdayDate('da', '2027-03-11')).toBe('torsdag 11. marts 2027');
    expect(formatWeekdayDate('en', '2027-03-11')).toBe('Thursday 11 March 2027');
    // 23:30 UTC on 10 March is already 11 March in Copenhagen.
    expect(formatWeekdayDate('da', '2027-03-10T23:30:00Z')).toBe('torsdag 11. marts 2027');
    expect(formatWeekdayDate('da', '2027-07-01T00:00:00+02:00')).toBe('torsdag 1. juli 2027');
  });
});

describe('formatDate', () => {
  it('reads a bare date as that day in Copenhagen, and an instant on the Copenhagen calendar', () => {
    expect(formatDate('da', '2027-03-11')).toBe('11. marts 2027');
    expect(formatDate('en', '2027-03-11')).toBe('11 March 2027');
    expect(formatDate('da', '2027-06-30T22:30:00Z')).toBe('1. juli 2027');
  });
});

describe('formatDateTime, formatMoment and formatClock', () => {
  it('show winter time as UTC+1 and summer time as UTC+2, Danish with dots and English with colons', () => {
    expect(formatDateTime('da', '2027-03-11T08:00:00Z')).toBe('11. marts 2027 kl. 09.00');
    expect(formatDateTime('en', '2027-06-10T11:00:00Z')).toBe('10 June 2027 at 13:00');
    expect(formatMoment('da', '2027-03-11T08:15:02Z')).toBe('11. marts 2027 kl. 09.15.02');
    expect(formatMoment('en', '2027-03-11T08:15:02Z')).toBe('11 March 2027 at 09:15:02');
    expect(formatClock('da', new Date('2027-03-28T01:00:00Z'))).toBe('03.00');
    expect(formatClock('en', '2027-10-31T01:30:00Z')).toBe('02:30');
    expect(formatClock('da', '2027-06-30T22:05:00Z')).toBe('00.05');
  });

  it('refuses what is not a time', () => {
    expect(() => formatDateTime('da', 'i morgen')).toThrow(RangeError);
  });
});

describe('formatMeetingTime', () => {
  it('gives start to end in Copenhagen time, across the start of summer time', () => {
    const cycle = { meetingDate: '2027-03-28', meeting: { startTime: '01:30', durationMinutes: 180 } };
    expect(formatMeetingTime('da', cycle)).toBe('28. marts 2027 kl. 01.30–05.30');
    expect(formatMeetingTime('en', { ...cycle, meetingDate: '2027-03-11' })).toBe('11 March 2027 at 01:30–04:30');
  });
});

describe('copenhagenDay', () => {
  it('is the calendar day on a Copenhagen clock', () => {
    expect(copenhagenDay(new Date('2027-03-10T23:30:00Z'))).toBe('2027-03-11');
    expect(copenhagenDay('2027-06-30T21:59:59Z')).toBe('2027-06-30');
    expect(copenhagenDay('2027-06-30T22:00:00Z')).toBe('2027-07-01');
  });
});

describe('parseCopenhagenDateTime', () => {
  it('reads a datetime-local value on a Copenhagen clock, summer time included', () => {
    expect(parseCopenhagenDateTime('2027-03-11T09:15')).toBe('2027-03-11T08:15:00.000Z');
    expect(parseCopenhagenDateTime('2027-06-10T13:00:42')).toBe('2027-06-10T11:00:42.000Z');
  });

  it.each(['2027-02-30T09:00', '2027-03-11T24:00', '2027-03-11 09:00', '2027-03-11T09:00Z', ''])(
    'refuses %j',
    (text) => {
      expect(parseCopenhagenDateTime(text)).toBeUndefined();
    },
  );
});
