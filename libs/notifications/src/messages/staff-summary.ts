import { formatDate } from '@ledelsesrum/domain';
import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { message, type Contact } from './format';

/** A round planned but not yet held, as staff hear of it. */
export interface ComingRoundLine {
  readonly theme: string;
  readonly meetingDate: string;
}

export interface StaffSummaryInput {
  readonly cycleId: string;
  readonly theme: string;
  readonly meetingDate: string;
  /** Chefgruppen's summary, as written. */
  readonly summaryText: string;
  /** The groups' key points, with no names. */
  readonly keyPoints: readonly string[];
  readonly coming: readonly ComingRoundLine[];
  /** The round's staff page, where the same is shown and kept. */
  readonly staffUrl: string;
  /** The distribution list it goes to: a shared mailbox, by its name and address. */
  readonly list: Contact;
}

/**
 * The published summary for a distribution list: the staff page in a message, as the organisation's notice reads
 * (the theme, the summary, what the groups worked on, what comes next), with a link to the page. The content is
 * written once, in the Danish part the organisation reads; the English part says what it is and where to read it.
 */
export function staffSummary(input: StaffSummaryInput): OutgoingMessage {
  const { theme, list, staffUrl } = input;
  const keyPoints = lines(input.keyPoints, 'Grupperne har ikke skrevet hovedpunkter.');
  const coming = lines(
    input.coming.map((round) => `${formatDate('da', round.meetingDate)}: ${round.theme}`),
    'Der er endnu ikke planlagt flere møderunder.',
  );
  const da = {
    subject: `Opsamling til medarbejderne: ${theme}`,
    body: [
      `Til ${list.name}`,
      `Chefgruppen har offentliggjort opsamlingen fra møderunden om "${theme}", holdt ${formatDate('da', input.meetingDate)}.`,
      `Chefgruppens opsamling\n\n${input.summaryText.trim()}`,
      `Det arbejdede grupperne med\n\n${keyPoints}`,
      `Det sker herefter\n\n${coming}`,
      `Din leder fortæller om, hvad det betyder hos jer. Læs opsamlingen på medarbejdersiden: ${staffUrl}`,
    ].join('\n\n'),
  };
  const en = {
    subject: `Summary for staff: ${theme}`,
    body: [
      `To ${list.name}`,
      `Chefgruppen has published the summary of the meeting round on "${theme}", held ${formatDate('en', input.meetingDate)}: the summary, what the groups worked on and what comes next are above, in Danish.`,
      `Your leader will tell you what it means for you. Read it on the staff page: ${staffUrl}`,
    ].join('\n\n'),
  };
  return message(messageKey('staff-summary', input.cycleId, list.email.toLowerCase()), [list], da, en);
}

function lines(items: readonly string[], none: string): string {
  return items.length === 0 ? none : items.map((item) => `- ${item}`).join('\n');
}
