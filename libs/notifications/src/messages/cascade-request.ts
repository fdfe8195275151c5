import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { formatWeekdayDate } from '@ledelsesrum/domain';
import { message, type PersonRecipient } from './format';

export interface CascadeRequestInput {
  readonly cycleId: string;
  readonly theme: string;
  /** The personal link that confirms without login. */
  readonly confirmUrl: string;
  /** `YYYY-MM-DD` (Europe/Copenhagen) or an ISO instant; shown as a date. */
  readonly deadline: string;
  readonly recipient: PersonRecipient;
}

export interface CascadeReminderInput extends CascadeRequestInput {
  /** 1 for the first reminder. */
  readonly reminderNumber: number;
}

function parts(input: CascadeRequestInput, reminder: boolean) {
  const { theme, confirmUrl, deadline, recipient } = input;
  return {
    da: {
      subject: `${reminder ? 'Påmindelse: bekræft' : 'Bekræft'} videreformidling: ${theme}`,
      body: [
        `Kære ${recipient.name}`,
        reminder
          ? `Vi mangler stadig din bekræftelse af, at du har givet resultaterne fra "${theme}" videre til dine medarbejdere.`
          : `Har du givet resultaterne fra "${theme}" videre til dine medarbejdere? Så bekræft det her.`,
        `Bekræft senest ${formatWeekdayDate('da', deadline)} via dit personlige link (kræver ikke login):\n${confirmUrl}`,
      ].join('\n\n'),
    },
    en: {
      subject: `${reminder ? 'Reminder: confirm' : 'Confirm'} cascade: ${theme}`,
      body: [
        `Dear ${recipient.name}`,
        reminder
          ? `We still need your confirmation that you have passed the results of "${theme}" on to your staff.`
          : `Have you passed the results of "${theme}" on to your staff? Then please confirm it here.`,
        `Please confirm by ${formatWeekdayDate('en', deadline)} using your personal link (no login needed):\n${confirmUrl}`,
      ].join('\n\n'),
    },
  };
}

/** Asks a leader to confirm the cascade through their personal link. */
export function cascadeRequest(input: CascadeRequestInput): OutgoingMessage {
  const { da, en } = parts(input, false);
  const { recipient } = input;
  return message(
    messageKey('cascade-request', input.cycleId, recipient.personId),
    [recipient],
    da,
    en,
    recipient.language,
  );
}

/** The n-th reminder of the same request. */
export function cascadeReminder(input: CascadeReminderInput): OutgoingMessage {
  if (!Number.isInteger(input.reminderNumber) || input.reminderNumber < 1) {
    throw new RangeError(`reminderNumber must be a positive integer, got ${input.reminderNumber}`);
  }
  const { da, en } = parts(input, true);
  const { recipient } = input;
  return message(
    messageKey('cascade-reminder', input.cycleId, recipient.personId, String(input.reminderNumber)),
    [recipient],
    da,
    en,
    recipient.language,
  );
}
