import { addDuration, formatDate, formatDateTime, type LaunchedCycle } from '@ledelsesrum/domain';
import type { CycleDetails } from '@ledelsesrum/projections';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Language, type Text } from '../../common/text';

/** "P7D" as "7 dage", "PT36H" as "36 timer"; any other duration as written. */
export function durationText(language: Language, duration: string): string {
  const days = /^P(\d+)D$/.exec(duration)?.[1];
  if (days)
    return say(language, {
      da: `${days} ${days === '1' ? 'dag' : 'dage'}`,
      en: `${days} day${days === '1' ? '' : 's'}`,
    });
  const hours = /^PT(\d+)H$/.exec(duration)?.[1];
  if (hours) return say(language, { da: `${hours} timer`, en: `${hours} hours` });
  return duration;
}

/** A moment counted from the summary: its distance, and once the summary is out, the moment itself. */
function afterSummary(context: PageContext, cycle: LaunchedCycle, duration: string): string {
  const { language } = context;
  const distance = `${durationText(language, duration)} ${say(language, { da: 'efter opsamlingen', en: 'after the summary' })}`;
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
    `${formatDate(language, cycle.meetingDate)}, ${say(language, { da: `kl. ${meeting.startTime.replace(':', '.')}`, en: `at ${meeting.startTime}` })}`,
    say(language, { da: `${meeting.durationMinutes} minutter`, en: `${meeting.durationMinutes} minutes` }),
    ...(meeting.place ? [meeting.place] : []),
  ].join(', ');
  const prep = cycle.prepSentAt
    ? say(language, { da: 'Sendt ', en: 'Sent ' }) + formatDateTime(language, cycle.prepSentAt)
    : say(language, { da: 'Sendes af sig selv ', en: 'Goes out by itself ' }) +
      formatDateTime(language, schedule.prepSendAt) +
      (cycle.stage === 'launched'
        ? say(language, { da: ', når dagsordenen er sat', en: ', once the agenda is set' })
        : '');
  const reminders =
    schedule.reminders.length === 0
      ? say(language, { da: 'Ingen', en: 'None' })
      : html`<ul>
          ${schedule.reminders.map((reminder) => html`<li>${afterSummary(context, cycle, reminder)}</li>`)}
        </ul>`;
  const done: string[] = [
    ...(notices.prep
      ? [say(language, { da: 'Forberedelsen', en: 'Prep' }) + ` ${formatDateTime(language, notices.prep)}`]
      : []),
    ...(notices.summary
      ? [say(language, { da: 'Opsamlingen', en: 'The summary' }) + ` ${formatDateTime(language, notices.summary)}`]
      : []),
    ...(notices.reminders > 0
      ? [say(language, { da: `Påmindelse nr. ${notices.reminders}`, en: `Reminder no. ${notices.reminders}` })]
      : []),
    ...(notices.escalation
      ? [
          say(language, { da: 'Eskaleringen', en: 'The escalation' }) +
            ` ${formatDateTime(language, notices.escalation)}`,
        ]
      : []),
    ...(notices.statusReport
      ? [
          say(language, { da: 'Statusrapporten', en: 'The status report' }) +
            ` ${formatDateTime(language, notices.statusReport)}`,
        ]
      : []),
  ];
  return html`<dl class="facts">
    ${fact({ da: 'Møde', en: 'Meeting' }, meetingText)} ${fact({ da: 'Forberedelse', en: 'Prep' }, prep)}
    ${
      cycle.summary
        ? fact(
            { da: 'Opsamling offentliggjort', en: 'Summary published' },
            formatDateTime(language, cycle.summary.publishedAt),
          )
        : ''
    }
    ${fact({ da: 'Påmindelser', en: 'Reminders' }, reminders)}
    ${fact({ da: 'Frist', en: 'Deadline' }, afterSummary(context, cycle, schedule.deadline))}
    ${fact(
      { da: 'Udsendt', en: 'Sent out' },
      done.length === 0 ? say(language, { da: 'Intet endnu', en: 'Nothing yet' }) : done.join('; '),
    )}
    ${
      cycle.closed
        ? fact(
            { da: 'Lukket', en: 'Closed' },
            `${formatDateTime(language, cycle.closed.at)}: ${cycle.closed.reason} (${say(language, {
              da: `${cycle.closed.exceptionIds.length} undtagelser`,
              en: `${cycle.closed.exceptionIds.length} exceptions`,
            })})`,
          )
        : ''
    }
  </dl>`;
}
