/** Europe/Copenhagen wall-clock time of an instant, via Intl (so DST follows the real rules). Pure. */
export const COPENHAGEN = 'Europe/Copenhagen';

export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const wallTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: COPENHAGEN,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Parses an ISO 8601 timestamp; throws on anything `Date` cannot read, so a bad input never becomes "Invalid Date". */
export function parseInstant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO 8601 timestamp: ${JSON.stringify(iso)}`);
  return date;
}

export function copenhagenWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const part of wallTimeFormat.formatToParts(instant)) {
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
