import { addDuration, formatDate, formatDateTime, type LaunchedCycle } from '@ledelsesrum/domain';
import type { CycleDetails } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Language, type Text } from '../../common/text';

/** "P7D" as "7 dage", "PT36H" as "36 timer"; any other duration as written. */
export function durationText(language: Language, duration: string): string {
  const days = /^P(\d+)D$/.exec(duration)?.[1];
  if (days) return say(language, message('web.chefgruppen.cycles.facts.days', { days }));
  const hours = /^PT(\d+)H$/.exec(duration)?.[1];
  if (hours) return say(language, message('web.chefgruppen.cycles.facts.hours', { hours }));
  return duration;
}

/** A moment counted from the summary: its distance, and once the summary is out, the moment itself. */
function afterSummary(context: PageContext, cycle: LaunchedCycle, duration: string): string {
  const { language } = context;
  const distance = `${durationText(language, duration)} ${say(language, message('web.chefgruppen.cycles.facts.after-the-summary'))}`;
  const published = cycle.summary?.publishedAt;
  return published ? `${distance} (${formatDateTime(language, addDuration(published, duration))})` : distance;
}

/**
 * When things happen in the cycle, from the same details GET /api/cycles/:id gives: the meeting, when prep goes (or
 * went) out, the reminders and the deadline, and which of the messages the cycle sends by itself are done.
 */
export function cycleFacts(context: PageContext, cycle: LaunchedCycle, details: CycleDetails): Html {
  const { language } = context;
  const { meeting, schedule, notices } = details;
  const fact = (term: Text, value: Html | string) =>
    html`<dt>${say(language, term)}</dt>
      <dd>${value}</dd>`;
  const meetingText = [
    `${formatDate(language, cycle.meetingDate)}, ${say(language, message('web.chefgruppen.cycles.facts.meeting-start', { startTime: meeting.startTime }))}`,
    say(
      language,
      message('web.chefgruppen.cycles.facts.meeting-minutes', { durationMinutes: meeting.durationMinutes }),
    ),
    ...(meeting.place ? [meeting.place] : []),
  ].join(', ');
  const prep = cycle.prepSentAt
    ? say(language, message('web.chefgruppen.cycles.facts.sent')) + formatDateTime(language, cycle.prepSentAt)
    : say(language, message('web.chefgruppen.cycles.facts.goes-out-by-itself')) +
      formatDateTime(language, schedule.prepSendAt) +
      (cycle.stage === 'launched' ? say(language, message('web.chefgruppen.cycles.facts.once-the-agenda-is-set')) : '');
  const reminders =
    schedule.reminders.length === 0
      ? say(language, message('web.chefgruppen.common.none'))
      : html`<ul>
          ${schedule.reminders.map((reminder) => html`<li>${afterSummary(context, cycle, reminder)}</li>`)}
        </ul>`;
  const done: string[] = [
    ...(notices.prep
      ? [say(language, message('web.chefgruppen.cycles.facts.prep')) + ` ${formatDateTime(language, notices.prep)}`]
      : []),
    ...(notices.summary
      ? [
          say(language, message('web.chefgruppen.cycles.common.summary-label')) +
            ` ${formatDateTime(language, notices.summary)}`,
        ]
      : []),
    ...(notices.reminders > 0
      ? [say(language, message('web.chefgruppen.cycles.facts.reminder-number', { reminders: notices.reminders }))]
      : []),
    ...(notices.escalation
      ? [
          say(language, message('web.chefgruppen.cycles.facts.the-escalation')) +
            ` ${formatDateTime(language, notices.escalation)}`,
        ]
      : []),
    ...(notices.statusReport
      ? [
          say(language, message('web.chefgruppen.cycles.facts.the-status-report')) +
            ` ${formatDateTime(language, notices.statusReport)}`,
        ]
      : []),
  ];
  return html`<dl class="facts">
    ${fact(message('web.chefgruppen.cycles.common.meeting'), meetingText)} ${fact(message('web.chefgruppen.cycles.facts.prep-term'), prep)}
    ${
      cycle.summary
        ? fact(
            message('web.chefgruppen.cycles.facts.summary-published'),
            formatDateTime(language, cycle.summary.publishedAt),
          )
        : ''
    }
    ${fact(message('web.chefgruppen.cycles.facts.reminders'), reminders)}
    ${fact(message('web.chefgruppen.cycles.facts.deadline'), afterSummary(context, cycle, schedule.deadline))}
    ${fact(
      message('web.chefgruppen.cycles.facts.sent-out'),
      done.length === 0 ? say(language, message('web.chefgruppen.cycles.facts.nothing-yet')) : done.join('; '),
    )}
    ${
      cycle.closed
        ? fact(
            message('web.chefgruppen.cycles.facts.closed'),
            `${formatDateTime(language, cycle.closed.at)}: ${cycle.closed.reason} (${say(language, message('web.chefgruppen.cycles.facts.closed-with-exceptions', { count: cycle.closed.exceptionIds.length }))})`,
          )
        : ''
    }
  </dl>`;
}
