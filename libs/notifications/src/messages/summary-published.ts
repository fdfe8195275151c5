import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { message, type PersonRecipient } from './format';

export interface SummaryPublishedInput {
  readonly cycleId: string;
  readonly theme: string;
  readonly summaryText: string;
  readonly recipient: PersonRecipient;
}

/** The published summary. Its text is written once, in the part the reader sees first; the other part points to it. */
export function summaryPublished(input: SummaryPublishedInput): OutgoingMessage {
  const { theme, summaryText, recipient } = input;
  const englishFirst = recipient.language === 'en';
  const da = {
    subject: `Opsamling: ${theme}`,
    body:
      `Kære ${recipient.name}\n\nOpsamlingen fra møderne om "${theme}" er offentliggjort` +
      (englishFirst ? ' (se teksten ovenfor).\n\n' : `:\n\n${summaryText}\n\n`) +
      'Giv resultaterne videre til dine medarbejdere. Du får snart en mail, hvor du bekræfter det.',
  };
  const en = {
    subject: `Summary: ${theme}`,
    body:
      `Dear ${recipient.name}\n\nThe summary of the meetings on "${theme}" has been published` +
      (englishFirst ? `:\n\n${summaryText}\n\n` : ' (see the text above).\n\n') +
      'Please pass the results on to your staff. You will soon get an email asking you to confirm that.',
  };
  return message(messageKey('summary', input.cycleId, recipient.personId), [recipient], da, en, recipient.language);
}
