/**
 * ISO 8601 durations of days, hours, minutes and seconds (`P14D`, `PT36H`, `P1DT12H`, `PT30S`). A day is 24 hours:
 * durable timers count elapsed time, so a reminder "7 days" after a summary published at 10:00 goes out at 10:00 or,
 * across a daylight-saving change, at 09:00 or 11:00 Copenhagen time.
 */
const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Milliseconds in a duration, or undefined when the text is not one this system accepts. */
export function durationMs(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

/** The instant a duration after another, as ISO 8601 UTC. */
export function addDuration(instant: string, duration: string): string {
  const ms = durationMs(duration);
  if (ms === undefined) throw new RangeError(`Not a duration: ${duration}`);
  return new Date(Date.parse(instant) + ms).toISOString();
}
