/**
 * Copenhagen wall-clock time to an instant, by the EU rule Denmark follows since 1996: UTC+1, and UTC+2 from 01:00 UTC
 * on the last Sunday of March to 01:00 UTC on the last Sunday of October. Written out rather than read from the
 * runtime's time-zone data so that workflow code computes the same instant on every replay, on any machine.
 */
export function copenhagenInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Try summer time first: the wall time is summer time when the instant it gives falls inside summer time.
  const summer = asUtc - 2 * 3_600_000;
  const offsetHours = isSummerTime(summer) ? 2 : 1;
  return new Date(asUtc - offsetHours * 3_600_000).toISOString();
}

/**
 * A Copenhagen wall-clock time written with the offset in force then: `2027-03-11T09:00:00+01:00`. A form can send it
 * on as typed, and it still names one instant wherever it is read.
 */
export function copenhagenDateTimeWithOffset(date: string, time: string): string {
  const offsetHours = Math.round(
    (Date.parse(`${date}T${time}:00Z`) - Date.parse(copenhagenInstant(date, time))) / 3.6e6,
  );
  return `${date}T${time}:00+${String(offsetHours).padStart(2, '0')}:00`;
}

function isSummerTime(instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSundayAt1Utc(year, 2) && instant < lastSundayAt1Utc(year, 9);
}

/** 01:00 UTC on the last Sunday of a month (0-based month). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, sunday, 1);
}

/** What a `datetime-local` field sends: a wall-clock time with no zone, seconds optional. */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a `datetime-local` value names when read on a Copenhagen clock, as ISO-8601 in UTC; undefined when the
 * text is no such value or names an impossible date (30 February). People here think in the municipality's time,
 * summer time included, whatever zone the server runs in.
 */
export function parseCopenhagenDateTime(text: string): string | undefined {
  const match = LOCAL_TIME.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  const minuteStart = copenhagenInstant(text.slice(0, 10), text.slice(11, 16));
  return new Date(Date.parse(minuteStart) + second * 1000).toISOString();
}
