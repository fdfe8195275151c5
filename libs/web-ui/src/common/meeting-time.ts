import { copenhagenInstant, type MeetingPlan } from '@ledelsesrum/domain';
import { formatDateTime } from './dates';
import type { Language } from './text';

const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

/** When the groups meet, start to end in Copenhagen time: "11. marts 2027 kl. 09.00–12.00". */
export function meetingTime(
  language: Language,
  cycle: { readonly meetingDate: string; readonly meeting: MeetingPlan },
): string {
  const start = copenhagenInstant(cycle.meetingDate, cycle.meeting.startTime);
  const end = new Date(Date.parse(start) + cycle.meeting.durationMinutes * 60_000);
  const clock = new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short', timeZone: 'Europe/Copenhagen' });
  return `${formatDateTime(language, start)}–${clock.format(end)}`;
}
