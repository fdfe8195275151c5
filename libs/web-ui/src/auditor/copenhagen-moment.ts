import { copenhagenInstant } from '@ledelsesrum/domain';
import type { Language } from '../common/text';

const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

/** What a `datetime-local` field sends: a wall-clock time with no zone, seconds optional. */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a `datetime-local` value names when read on a Copenhagen clock, as ISO-8601 in UTC; undefined when the
 * text is no such value or names an impossible date (30 February). The auditors think in the municipality's time,
 * summer time included, whatever zone the server runs in (the domain's own rule, as for meeting times).
 */
export function parseCopenhagenTime(text: string): string | undefined {
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

/** A moment to the second in Copenhagen time, e.g. "11. marts 2027 kl. 09.15.02": an audit trail needs the seconds. */
export function formatMoment(language: Language, value: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(value));
}
