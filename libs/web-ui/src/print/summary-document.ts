import { formatDate, formatDateTime, type Language } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { say, type Text } from '../common/text';
import { meetingsByGroup, type CycleFile } from './cycle-file';
import { markdownBlocks } from './markdown-blocks';
import { bullets, fact, heading, paragraph, type Block, type PrintDocument } from './print-document';

/**
 * The published summary of a meeting round as filed and printed: its theme and meeting date, chefgruppen's summary
 * with its paragraphs and lists, then each group's key points and what it sent up to chefgruppen. Only for a round
 * whose summary is published (the caller checks).
 */
export function summaryDocument(file: CycleFile, language: Language): PrintDocument {
  const { state } = file;
  const summary = state.summary!;
  const t = (text: Text) => say(language, text);
  const title = t(message('web.print.summary.title', { theme: state.theme }));
  const blocks: Block[] = [
    heading(1, title),
    fact(t(message('web.print.meeting-date')), formatDate(language, state.meetingDate)),
    fact(t(message('web.print.summary.published')), formatDateTime(language, summary.publishedAt)),
    heading(2, t(message('web.print.summary.chefgruppens-summary'))),
    ...markdownBlocks(summary.text),
    heading(2, t(message('web.print.summary.groups'))),
    ...groupsKeyPoints(file, language),
  ];
  return { title, language, blocks };
}

/** Each group's key points and input, in the order the round lists its groups. */
export function groupsKeyPoints(file: CycleFile, language: Language): Block[] {
  const meetings = meetingsByGroup(file.history);
  return file.state.groups.flatMap((group) => {
    const meeting = meetings.get(group.id);
    const name = heading(3, file.names.groupName(group.id));
    if (!meeting) return [name, paragraph(say(language, message('web.print.no-meeting')))];
    return [
      name,
      ...listUnder(say(language, message('web.print.key-points')), meeting.keyPoints, language),
      ...listUnder(say(language, message('web.print.input')), meeting.inputToChefgruppen, language),
    ];
  });
}

/** A bold lead-in and its lines as bullets; "none" when there are none. */
export function listUnder(lead: string, lines: readonly string[], language: Language): Block[] {
  if (lines.length === 0) return [fact(lead, say(language, message('web.print.none')))];
  return [paragraph({ text: lead, strong: true }), ...bullets(lines)];
}
