import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { bullets, type Contact, message, type PersonRecipient } from './format';

export interface EscalationInput {
  readonly cycleId: string;
  readonly theme: string;
  readonly facilitator: PersonRecipient;
  readonly unconfirmed: readonly Contact[];
}

/** Tells a facilitator which leaders in their group have not confirmed the cascade after the reminders. */
export function escalation(input: EscalationInput): OutgoingMessage {
  const { theme, facilitator } = input;
  const list = bullets(
    input.unconfirmed.map((person) => (person.email ? `${person.name} <${person.email}>` : person.name)),
    '-',
  );
  const da = {
    subject: `Manglende bekræftelser: ${theme}`,
    body:
      `Kære ${facilitator.name}\n\nDisse ledere har endnu ikke bekræftet, at de har givet resultaterne fra ` +
      `"${theme}" videre, selv efter påmindelser (${input.unconfirmed.length}):\n\n${list}\n\n` +
      'Tag gerne fat i dem direkte.',
  };
  const en = {
    subject: `Missing confirmations: ${theme}`,
    body:
      `Dear ${facilitator.name}\n\nThese leaders have not yet confirmed that they passed the results of ` +
      `"${theme}" on, even after reminders (${input.unconfirmed.length}):\n\n${list}\n\n` +
      'Please follow up with them directly.',
  };
  return message(
    messageKey('escalation', input.cycleId, facilitator.personId),
    [facilitator],
    da,
    en,
    facilitator.language,
  );
}
