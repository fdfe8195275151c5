import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { message, type PersonRecipient } from './format';

export interface CycleCancelledInput {
  readonly cycleId: string;
  readonly theme: string;
  readonly reason: string;
  readonly recipient: PersonRecipient;
}

/** The round is called off: nothing more is asked of the reader, and any invitation from it can be removed. */
export function cycleCancelled(input: CycleCancelledInput): OutgoingMessage {
  const { theme, reason, recipient } = input;
  const da = {
    subject: `Aflyst: ${theme}`,
    body: [
      `Kære ${recipient.name}`,
      `Møderunden om "${theme}" er aflyst. Du skal ikke gøre mere i forbindelse med den, og du kan se bort fra de beskeder, du har fået om den.`,
      `Begrundelse: ${reason}`,
    ].join('\n\n'),
  };
  const en = {
    subject: `Cancelled: ${theme}`,
    body: [
      `Dear ${recipient.name}`,
      `The meeting round on "${theme}" is cancelled. Nothing more is asked of you for it, and you can disregard the messages you had about it.`,
      `Reason: ${reason}`,
    ].join('\n\n'),
  };
  return message(
    messageKey('cancellation', input.cycleId, recipient.personId),
    [recipient],
    da,
    en,
    recipient.language,
  );
}
