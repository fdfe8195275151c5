import { messageKey } from '../message-id';
import { formatClock, formatWeekdayDate, readInstant, type Agenda } from '@ledelsesrum/domain';
import { meetingInvitation } from '../calendar/meeting-invitation';
import type { OutgoingMessage } from '../notification.port';
import { agendaSections, bilingual, type Contact, type PersonRecipient } from './format';

export interface PrepPackageInput {
  readonly cycleId: string;
  readonly theme: string;
  /** The meeting round's date, `YYYY-MM-DD` (Europe/Copenhagen), as on the cycle. */
  readonly meetingDate: string;
  /** The group's meeting start, ISO 8601 with offset. */
  readonly meetingStart: string;
  /** Defaults to 120. */
  readonly durationMinutes?: number;
  readonly place?: string;
  readonly agenda: Agenda;
  readonly facilitator: Contact;
  readonly recipient: PersonRecipient;
  readonly groupName: string;
  /** Makes the invitation's UID stable per group meeting; falls back to the group name. */
  readonly groupId?: string;
  /** Raise when a changed invitation is re-sent for the same meeting. */
  readonly sequence?: number;
  readonly now: string;
}

/** The preparation package for one leader, with the group meeting as a calendar invitation. */
export function prepPackage(input: PrepPackageInput): OutgoingMessage {
  const { agenda, facilitator, theme, groupName } = input;
  const durationMinutes = input.durationMinutes ?? 120;
  const start = readInstant(input.meetingStart);
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  const placeDa = input.place ? `\nSted: ${input.place}` : '';
  const placeEn = input.place ? `\nPlace: ${input.place}` : '';

  const da = {
    subject: `Forberedelse: ${theme} – møde ${formatWeekdayDate('da', input.meetingDate)}`,
    body: [
      `Kære ${input.recipient.name}`,
      `Her er forberedelsen til mødet i ${groupName} om "${theme}".`,
      `Tid: ${formatWeekdayDate('da', input.meetingStart)} kl. ${formatClock('da', start)}–${formatClock('da', end)}${placeDa}`,
      agendaSections(agenda, 'da'),
      `Facilitator: ${facilitator.name} <${facilitator.email}>`,
    ].join('\n\n'),
  };
  const en = {
    subject: `Preparation: ${theme} – meeting ${formatWeekdayDate('en', input.meetingDate)}`,
    body: [
      `Dear ${input.recipient.name}`,
      `Here is the preparation for the ${groupName} meeting on "${theme}".`,
      `Time: ${formatWeekdayDate('en', input.meetingStart)} ${formatClock('en', start)}–${formatClock('en', end)}${placeEn}`,
      agendaSections(agenda, 'en'),
      `Facilitator: ${facilitator.name} <${facilitator.email}>`,
    ].join('\n\n'),
  };
  const { subject, text } = bilingual(da, en, input.recipient.language);
  const ics = meetingInvitation({
    uid: `meeting-${encodeURIComponent(input.cycleId)}-${encodeURIComponent(input.groupId ?? groupName)}@ledelsesrum`,
    sequence: input.sequence ?? 0,
    start: input.meetingStart,
    durationMinutes,
    summary: `${groupName}: ${theme}`,
    description: text,
    ...(input.place === undefined ? {} : { location: input.place }),
    organizer: facilitator,
    attendees: [{ name: input.recipient.name, email: input.recipient.email }],
    now: input.now,
  });
  return {
    // Per group: a leader in two of the cycle's groups gets each group's package and invitation.
    idempotencyKey: messageKey('prep', input.cycleId, input.groupId ?? groupName, input.recipient.personId),
    to: [{ address: input.recipient.email, name: input.recipient.name }],
    subject,
    text,
    calendar: { method: 'REQUEST', ics },
  };
}
