import type { Agenda } from '@ledelsesrum/domain';
import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { agendaSections, message, type PersonRecipient } from './format';

export interface AgendaErrataInput {
  readonly cycleId: string;
  readonly theme: string;
  /** Which correction of the agenda this is, from 1: each gets its own message. */
  readonly correction: number;
  /** What changed and why, in chefgruppen's words. */
  readonly changes: string;
  readonly reason: string;
  /** The agenda as it now reads. */
  readonly agenda: Agenda;
  readonly recipient: PersonRecipient;
}

/** Errata to the prep package: what changed in the agenda, why, and the agenda as it now reads. */
export function agendaErrata(input: AgendaErrataInput): OutgoingMessage {
  const { theme, changes, reason, agenda, recipient } = input;
  const da = {
    subject: `Rettelse til dagsordenen: ${theme}`,
    body: [
      `Kære ${recipient.name}`,
      `Dagsordenen til mødet om "${theme}" er rettet, efter at du fik forberedelsen.`,
      `Det er ændret:\n${changes}`,
      `Begrundelse: ${reason}`,
      `Sådan lyder den nu.\n\n${agendaSections(agenda, 'da')}`,
    ].join('\n\n'),
  };
  const en = {
    subject: `Agenda errata: ${theme}`,
    body: [
      `Dear ${recipient.name}`,
      `The agenda of the meeting on "${theme}" was corrected after the preparation was sent to you.`,
      `What changed:\n${changes}`,
      `Reason: ${reason}`,
      `This is how it reads now.\n\n${agendaSections(agenda, 'en')}`,
    ].join('\n\n'),
  };
  const key = messageKey('agenda-errata', input.cycleId, String(input.correction), recipient.personId);
  return message(key, [recipient], da, en, recipient.language);
}
