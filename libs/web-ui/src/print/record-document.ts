import {
  formatDate,
  formatDateTime,
  formatMoment,
  type CascadeConfirmed,
  type CycleClosed,
  type Language,
  type LaunchedCycle,
  type PrepSent,
} from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { describeEntry } from '../auditor/describe-entry';
import { say, type Text } from '../common/text';
import { eventsOfType, meetingsByGroup, type CycleFile } from './cycle-file';
import { markdownBlocks } from './markdown-blocks';
import { bullets, fact, heading, paragraph, type Block, type PrintDocument } from './print-document';
import { listUnder } from './summary-document';

/**
 * A meeting round's record for the case file: the launch, the agenda, the prep and to how many, each group's meeting
 * with attendance and key points, the summary, each leader's confirmation (when and how) or why there is none, the
 * closing, and every event of its history in order — where a correction shows with who made it and when.
 */
export function recordDocument(file: CycleFile, language: Language): PrintDocument {
  const { state, names } = file;
  const t = (text: Text) => say(language, text);
  const title = t(message('web.print.record.title', { theme: state.theme }));
  const blocks: Block[] = [
    heading(1, title),
    fact(t(message('web.print.meeting-date')), formatDate(language, state.meetingDate)),
    fact(
      t(message('web.print.record.launched')),
      t(
        message('web.print.record.at-by', {
          at: formatDateTime(language, state.launchedAt),
          by: names.personName(state.launchedBy),
        }),
      ),
    ),
    heading(2, t(message('web.print.record.agenda'))),
    ...agendaBlocks(state, language),
    heading(2, t(message('web.print.record.prep'))),
    paragraph(prepText(file, language)),
    heading(2, t(message('web.print.record.meetings'))),
    ...meetingBlocks(file, language),
    heading(2, t(message('web.print.record.summary'))),
    ...(state.summary
      ? [
          fact(t(message('web.print.summary.published')), formatDateTime(language, state.summary.publishedAt)),
          ...markdownBlocks(state.summary.text),
        ]
      : [paragraph(t(message('web.print.record.no-summary')))]),
    heading(2, t(message('web.print.record.cascade'))),
    ...bullets(cascadeLines(file, language)),
    heading(2, t(message('web.print.record.closing'))),
    paragraph(closingText(file, language)),
    heading(2, t(message('web.print.record.history'))),
    paragraph(t(message('web.print.record.history-help'))),
    ...bullets(historyLines(file, language)),
  ];
  return { title, language, blocks };
}

function agendaBlocks(state: LaunchedCycle, language: Language): Block[] {
  const { agenda } = state;
  if (!agenda) return [paragraph(say(language, message('web.print.record.no-agenda')))];
  const entry = (item: { title: string; description?: string }) =>
    item.description ? `${item.title}: ${item.description}` : item.title;
  return [
    ...listUnder(say(language, message('web.print.record.agenda-items')), agenda.items.map(entry), language),
    ...listUnder(say(language, message('web.print.record.prep-tasks')), agenda.prepTasks.map(entry), language),
    ...listUnder(
      say(language, message('web.print.record.materials')),
      agenda.materials.map((material) => (material.url ? `${material.title} (${material.url})` : material.title)),
      language,
    ),
  ];
}

function prepText(file: CycleFile, language: Language): string {
  const sent = file.history.find((entry) => entry.type === 'PrepSent')?.data as PrepSent['data'] | undefined;
  if (!sent) return say(language, message('web.print.record.prep-not-sent'));
  return say(
    language,
    message('web.print.record.prep-sent', {
      at: formatDateTime(language, sent.sentAt),
      count: sent.recipientIds.length,
    }),
  );
}

function meetingBlocks(file: CycleFile, language: Language): Block[] {
  const { state, names } = file;
  const meetings = meetingsByGroup(file.history);
  const t = (text: Text) => say(language, text);
  return state.groups.flatMap((group) => {
    const meeting = meetings.get(group.id);
    const head = [
      heading(3, names.groupName(group.id)),
      fact(t(message('web.print.record.facilitator')), names.personName(group.facilitatorId)),
    ];
    if (!meeting) return [...head, paragraph(t(message('web.print.no-meeting')))];
    const attendees = meeting.attendeeIds.map((id) => names.personName(id));
    return [
      ...head,
      fact(
        t(message('web.print.record.held')),
        t(
          message('web.print.record.at-by', {
            at: formatDateTime(language, meeting.heldAt),
            by: names.personName(meeting.recordedBy),
          }),
        ),
      ),
      fact(
        t(message('web.print.record.attendance', { present: attendees.length, members: group.memberIds.length })),
        attendees.join(', ') || t(message('web.print.none')),
      ),
      ...listUnder(t(message('web.print.key-points')), meeting.keyPoints, language),
      ...listUnder(t(message('web.print.input')), meeting.inputToChefgruppen, language),
    ];
  });
}

/** One line per leader: when and how they passed the summary on, or that they were released, excepted or pending. */
function cascadeLines(file: CycleFile, language: Language): string[] {
  const { state, names } = file;
  const confirmations = new Map(
    eventsOfType<CascadeConfirmed>(file.history, 'CascadeConfirmed').map((event) => [event.personId, event]),
  );
  const excepted = new Set(state.closed?.exceptionIds ?? []);
  return state.participants.values().map((participant) => {
    const name = names.personName(participant.personId);
    const confirmation = confirmations.get(participant.personId);
    const status: Text =
      participant.cascade && confirmation
        ? message('web.print.record.confirmed', {
            passedOn: formatDate(language, confirmation.passedOnAt),
            channel: confirmation.channel,
            confirmed: formatDateTime(language, confirmation.confirmedAt),
          })
        : participant.released
          ? message('web.print.record.released', { at: formatDateTime(language, participant.released.at) })
          : excepted.has(participant.personId)
            ? message('web.print.record.excepted')
            : message('web.print.record.pending');
    return `${name}: ${say(language, status)}`;
  });
}

function closingText(file: CycleFile, language: Language): string {
  const { state, names } = file;
  const closed = file.history.find((entry) => entry.type === 'CycleClosed')?.data as CycleClosed['data'] | undefined;
  if (state.closed)
    return say(
      language,
      message('web.print.record.closed', {
        at: formatDateTime(language, state.closed.at),
        by: closed ? names.personName(closed.closedBy) : '',
        reason: state.closed.reason,
        exceptions: state.closed.exceptionIds.length,
      }),
    );
  if (state.completedAt)
    return say(language, message('web.print.record.completed', { at: formatDateTime(language, state.completedAt) }));
  return say(language, message('web.print.record.open'));
}

/**
 * Every event but the single messages (each round's completion counts them), to the second, as the auditor's
 * timeline words it.
 */
function historyLines(file: CycleFile, language: Language): string[] {
  return file.history
    .filter((entry) => entry.type !== 'NotificationSent')
    .map((entry) => `${formatMoment(language, entry.recordedAt)}: ${say(language, describeEntry(entry))}`);
}
