import type { Language } from '../shared/language';
import { meetingStart, type MeetingPlan } from '../cycle/cycle.schedule';
import { COPENHAGEN_TIME_ZONE, readInstant } from './copenhagen-wall-time';

/**
 * Dates and times in Copenhagen time for a Danish or an English reader. The formatters are made once: building an
 * `Intl.DateTimeFormat` costs far more than using one, and a round of 5,000 messages formats dates in every one.
 */
const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

function formats(options: Intl.DateTimeFormatOptions): Readonly<Record<Language, Intl.DateTimeFormat>> {
  const make = (language: Language) =>
    new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: COPENHAGEN_TIME_ZONE });
  return { da: make('da'), en: make('en') };
}

const DATE = formats({ dateStyle: 'long' });
const DATE_TIME = formats({ dateStyle: 'long', timeStyle: 'short' });
const MOMENT = formats({ dateStyle: 'long', timeStyle: 'medium' });
const CLOCK = formats({ timeStyle: 'short' });
const WEEKDAY_DATE = formats({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` (a Copenhagen date) or an ISO instant. Noon UTC is the same calendar day in Copenhagen. */
function dayOrInstant(value: string): Date {
  return readInstant(DATE_ONLY.test(value) ? `${value}T12:00:00Z` : value);
}

/** A day as people in Denmark read it: "11. marts 2027" / "11 March 2027". */
export function formatDate(language: Language, value: string): string {
  return DATE[language].format(dayOrInstant(value));
}

/** A moment to the minute: "11. marts 2027 kl. 09.00" / "11 March 2027 at 09:00". */
export function formatDateTime(language: Language, value: string | Date): string {
  return DATE_TIME[language].format(readInstant(value));
}

/** A moment to the second, "11. marts 2027 kl. 09.15.02": an audit trail needs the seconds. */
export function formatMoment(language: Language, value: string | Date): string {
  return MOMENT[language].format(readInstant(value));
}

/** The time of day: "09.00" / "09:00". */
export function formatClock(language: Language, value: string | Date): string {
  return CLOCK[language].format(readInstant(value));
}

/** A day with its weekday: "torsdag 11. marts 2027" / "Thursday 11 March 2027". */
export function formatWeekdayDate(language: Language, value: string): string {
  const p: Record<string, string> = {};
  for (const part of WEEKDAY_DATE[language].formatToParts(dayOrInstant(value))) p[part.type] = part.value;
  return language === 'da'
    ? `${p['weekday']} ${p['day']}. ${p['month']} ${p['year']}`
    : `${p['weekday']} ${p['day']} ${p['month']} ${p['year']}`;
}

/** When a group meets, start to end: "11. marts 2027 kl. 09.00–12.00" / "11 March 2027 at 09:00–12:00". */
export function formatMeetingTime(
  language: Language,
  cycle: { readonly meetingDate: string; readonly meeting: MeetingPlan },
): string {
  const start = meetingStart(cycle.meetingDate, cycle.meeting);
  const end = new Date(Date.parse(start) + cycle.meeting.durationMinutes * 60_000);
  return `${formatDateTime(language, start)}–${formatClock(language, end)}`;
}
