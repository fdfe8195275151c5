/**
 * Instants as a Copenhagen wall clock shows them, read from the runtime's time-zone data through `Intl` (so summer
 * time follows the real rules). Not for workflow code, which uses the written-out rule in `copenhagen-instant.ts`.
 */
export const COPENHAGEN_TIME_ZONE = 'Europe/Copenhagen';

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const WALL_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: COPENHAGEN_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Reads an ISO 8601 timestamp; throws on anything `Date` cannot read, so a bad input never becomes "Invalid Date". */
export function readInstant(instant: string | Date): Date {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO 8601 timestamp: ${JSON.stringify(instant)}`);
  return date;
}

export function copenhagenWallTime(instant: string | Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of WALL_TIME.formatToParts(readInstant(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const get = (name: string): number => parts[name] ?? 0;
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const two = (value: number): string => String(value).padStart(2, '0');

/** The Copenhagen calendar day of an instant, `YYYY-MM-DD`. */
export function copenhagenDay(instant: string | Date): string {
  return dayOf(copenhagenWallTime(instant));
}

function dayOf({ year, month, day }: WallTime): string {
  return `${year}-${two(month)}-${two(day)}`;
}

/**
 * An instant as a Copenhagen wall clock shows it, `2027-03-11 10:15:02`: the auditors read the timeline in the
 * municipality's own time, summer time included. Built from the parts, so no locale's punctuation leaks in.
 */
export function copenhagenTime(instant: string | Date): string {
  const wall = copenhagenWallTime(instant);
  return `${dayOf(wall)} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}`;
}
