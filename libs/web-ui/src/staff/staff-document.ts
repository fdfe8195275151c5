import { formatDate, formatDateTime, type Language } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { StaffSummary } from '@ledelsesrum/projections';
import { say, type Text } from '../common/text';
import { markdownBlocks } from '../print/markdown-blocks';
import { bullets, fact, heading, paragraph, type Block, type PrintDocument } from '../print/print-document';

/**
 * A round's staff page as a document, in the form of the notice the organisation knows: the theme, chefgruppen's
 * summary, what the groups worked on and what comes next. The print view shows it; nothing in it names a person.
 */
export function staffDocument(summary: StaffSummary, language: Language): PrintDocument {
  const t = (text: Text) => say(language, text);
  const title = t(message('web.staff.round.title', { theme: summary.theme }));
  const blocks: Block[] = [
    heading(1, title),
    fact(t(message('web.print.meeting-date')), formatDate(language, summary.meetingDate)),
    fact(t(message('web.print.summary.published')), formatDateTime(language, summary.publishedAt)),
    heading(2, t(message('web.print.summary.chefgruppens-summary'))),
    ...markdownBlocks(summary.text),
    heading(2, t(message('web.staff.key-points'))),
    ...orNone(bullets(summary.keyPoints), t(message('web.staff.key-points.none'))),
    heading(2, t(message('web.staff.coming'))),
    ...orNone(bullets(comingLines(summary, language)), t(message('web.staff.coming.none'))),
  ];
  return { title, language, blocks };
}

/** Each coming round as "date: theme". */
export function comingLines(summary: StaffSummary, language: Language): string[] {
  return summary.coming.map(({ meetingDate, theme }) =>
    say(language, message('web.staff.coming.round', { date: formatDate(language, meetingDate), theme })),
  );
}

function orNone(blocks: Block[], none: string): Block[] {
  return blocks.length > 0 ? blocks : [paragraph(none)];
}
