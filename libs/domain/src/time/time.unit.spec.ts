import {
  addDuration,
  copenhagenDateTimeWithOffset,
  copenhagenInstant,
  defaultSchedule,
  durationMs,
} from '@ledelsesrum/domain';

describe('durationMs', () => {
  it.each([
    ['P14D', 14 * 86_400_000],
    ['PT36H', 36 * 3_600_000],
    ['P1DT12H', 36 * 3_600_000],
    ['PT1M30S', 90_000],
    ['PT2S', 2000],
  ])('reads %s', (text, ms) => {
    expect(durationMs(text)).toBe(ms);
  });

  it.each(['', 'P', 'PT', '14D', 'P1W', 'P1.5D', 'P-1D', 'p7d', 'P7D '])('refuses %j', (text) => {
    expect(durationMs(text)).toBeUndefined();
  });

  it('adds a duration to an instant, in UTC', () => {
    expect(addDuration('2027-03-20T09:30:00+01:00', 'P7D')).toBe('2027-03-27T08:30:00.000Z');
    expect(() => addDuration('2027-03-20T09:30:00Z', 'soon')).toThrow(RangeError);
  });
});

describe('copenhagenInstant', () => {
  it.each([
    ['2027-03-11', '09:00', '2027-03-11T08:00:00.000Z'], // winter time, UTC+1
    ['2027-06-10', '13:00', '2027-06-10T11:00:00.000Z'], // summer time, UTC+2
    ['2027-03-28', '01:30', '2027-03-28T00:30:00.000Z'], // the morning summer time starts, before it does
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'], // and after
    ['2027-10-31', '04:00', '2027-10-31T03:00:00.000Z'], // the morning it ends, after
    ['2026-12-31', '23:30', '2026-12-31T22:30:00.000Z'],
  ])('%s %s in Copenhagen is %s', (date, time, instant) => {
    expect(copenhagenInstant(date, time)).toBe(instant);
  });

  it('agrees with the runtime time-zone data at every hour of 2027', () => {
    const format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Copenhagen',
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const differing: string[] = [];
    for (let hour = 0; hour < 365 * 24; hour += 1) {
      const instant = new Date(Date.UTC(2027, 0, 1) + hour * 3_600_000);
      const [date, time] = format.format(instant).split(' ') as [string, string];
      if (copenhagenInstant(date, time) !== instant.toISOString()) differing.push(instant.toISOString());
    }
    // Only the repeated hour when summer time ends: 02:00 then reads as its first (summer-time) occurrence.
    expect(differing).toStrictEqual(['2027-10-31T01:00:00.000Z']);
  });
});

describe('copenhagenDateTimeWithOffset', () => {
  it('writes a Copenhagen wall time with the offset in force that day', () => {
    expect(copenhagenDateTimeWithOffset('2027-03-11', '09:00')).toBe('2027-03-11T09:00:00+01:00');
    expect(copenhagenDateTimeWithOffset('2027-05-20', '13:30')).toBe('2027-05-20T13:30:00+02:00');
    // The night summer time starts: 03:30 exists only as summer time.
    expect(copenhagenDateTimeWithOffset('2027-03-28', '03:30')).toBe('2027-03-28T03:30:00+02:00');
  });
});

describe('defaultSchedule', () => {
  it('sends prep at 08:00 Copenhagen time a week before the meeting, also across the summer-time change', () => {
    expect(defaultSchedule('2027-03-11').prepSendAt).toBe('2027-03-04T07:00:00.000Z');
    expect(defaultSchedule('2027-04-01').prepSendAt).toBe('2027-03-25T07:00:00.000Z');
    expect(defaultSchedule('2027-04-05').prepSendAt).toBe('2027-03-29T06:00:00.000Z');
    expect(defaultSchedule('2027-04-05')).toMatchObject({ reminders: ['P7D', 'P12D'], deadline: 'P14D' });
  });
});
