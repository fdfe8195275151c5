import {
  CHEFGRUPPEN_AUDIENCE,
  addDuration,
  errataNumber,
  meetingStart,
  pendingByFacilitator,
  pendingIds,
  reminderNumber,
  type LaunchedCycle,
  type MessageAudience,
  type MessageKind,
  type NoticeRound,
  type SentMessage,
} from '@ledelsesrum/domain';
import {
  agendaErrata,
  cascadeReminder,
  cascadeRequest,
  cycleCancelled,
  escalation,
  prepPackage,
  statusReport,
  summaryPublished,
  type Contact,
  type OutgoingMessage,
  type PersonRecipient,
} from '@ledelsesrum/notifications';
import type { Directory } from './contact-directory';

/** A message to send, with what the cycle's event about it records. */
export interface ComposedMessage {
  readonly kind: MessageKind;
  readonly recipientIds: readonly string[];
  readonly audience?: MessageAudience;
  readonly list?: SentMessage['list'];
  readonly message: OutgoingMessage;
}

export interface RoundInput {
  readonly cycle: LaunchedCycle;
  readonly round: NoticeRound;
  readonly recipientIds: readonly string[];
  readonly directory: Directory;
  /** The personal confirmation link for a leader in this cycle. */
  readonly confirmUrl: (personId: string) => Promise<string>;
  readonly chefgruppen: readonly string[];
  /** Organizer of an invitation whose facilitator cannot be reached (left, or erased). */
  readonly fallbackOrganizer: Contact;
  readonly now: string;
}

export interface ComposedRound {
  readonly messages: readonly ComposedMessage[];
  readonly unreachableIds: readonly string[];
}

/**
 * The messages of one part of a round. Reads the organisation as it is now, and the cycle as stored now: whoever
 * confirmed, was released or saw the cycle closed since the round was decided is not asked or reminded.
 */
export async function composeRound(input: RoundInput): Promise<ComposedRound> {
  const { cycle, round, directory } = input;
  if (round === 'status-report') return { messages: [await report(input)], unreachableIds: [] };
  const open = cycle.stage === 'summary_published';
  const pending = new Set(open ? pendingIds(cycle) : []);
  const toAlert = open ? pendingByFacilitator(cycle) : new Map<string, string[]>();
  const toEveryone = round === 'prep' || round === 'summary' || round === 'cancellation' || isErrata(round);
  const stillConcerned = (personId: string) =>
    toEveryone || (round === 'escalation' ? toAlert.has(personId) : pending.has(personId));
  const messages: ComposedMessage[] = [];
  const unreachableIds: string[] = [];
  for (const personId of input.recipientIds.filter(stillConcerned)) {
    const recipient = await directory.contact(personId);
    if (!recipient) {
      unreachableIds.push(personId);
      continue;
    }
    const forPerson = (kind: MessageKind, message: OutgoingMessage): ComposedMessage => ({
      kind,
      recipientIds: [personId],
      message: { ...message, personIds: [personId, ...(message.personIds ?? [])] },
    });
    if (round === 'prep') {
      for (const message of await prepPackages(input, recipient)) messages.push(forPerson('prep-package', message));
    } else if (round === 'summary') {
      const { id: cycleId, theme } = cycle;
      const summaryText = cycle.summary?.text ?? '';
      messages.push(forPerson('summary', summaryPublished({ cycleId, theme, summaryText, recipient })));
      if (!pending.has(personId)) continue;
      const request = { cycleId, theme, confirmUrl: await input.confirmUrl(personId), deadline: deadline(cycle) };
      messages.push(forPerson('cascade-request', cascadeRequest({ ...request, recipient })));
    } else if (isErrata(round)) {
      messages.push(forPerson('agenda-errata', errataFor(cycle, round, recipient)));
    } else if (round === 'cancellation') {
      const reason = cycle.cancelled?.reason ?? '';
      messages.push(
        forPerson('cancellation', cycleCancelled({ cycleId: cycle.id, theme: cycle.theme, reason, recipient })),
      );
    } else if (round === 'escalation') {
      messages.push(forPerson('escalation', await escalationFor(input, recipient)));
    } else {
      const reminderNo = reminderNumber(round);
      if (reminderNo === undefined) throw new Error(`Unknown notice round: ${round}`);
      const reminder = cascadeReminder({
        cycleId: cycle.id,
        theme: cycle.theme,
        confirmUrl: await input.confirmUrl(personId),
        deadline: deadline(cycle),
        recipient,
        reminderNumber: reminderNo,
      });
      messages.push(forPerson('cascade-reminder', reminder));
    }
  }
  return { messages, unreachableIds };
}

function isErrata(round: NoticeRound): boolean {
  return errataNumber(round) !== undefined;
}

/** The errata of the agenda's latest correction: a later one that is due replaces an earlier one not yet sent. */
function errataFor(cycle: LaunchedCycle, round: NoticeRound, recipient: PersonRecipient): OutgoingMessage {
  const correction = cycle.agendaCorrection;
  if (!correction) throw new Error(`No agenda correction for the round ${round}`);
  return agendaErrata({
    cycleId: cycle.id,
    theme: cycle.theme,
    correction: correction.number,
    changes: correction.changes,
    reason: correction.reason,
    agenda: cycle.agenda ?? { items: [], prepTasks: [], materials: [] },
    recipient,
  });
}

/** The cascade deadline as an instant: the summary's publication plus the schedule's deadline. */
function deadline(cycle: LaunchedCycle): string {
  return addDuration(cycle.summary?.publishedAt ?? cycle.launchedAt, cycle.schedule.deadline);
}

/** One package per group the leader is in, each with that group's meeting. */
async function prepPackages(input: RoundInput, recipient: PersonRecipient): Promise<OutgoingMessage[]> {
  const { cycle, directory } = input;
  const agenda = cycle.agenda ?? { items: [], prepTasks: [], materials: [] };
  const groupIds = cycle.participants.get(recipient.personId)?.groupIds ?? [];
  const packages: OutgoingMessage[] = [];
  for (const group of cycle.groups.filter((candidate) => groupIds.includes(candidate.id))) {
    const facilitator = (await directory.contact(group.facilitatorId)) ?? input.fallbackOrganizer;
    const prep = prepPackage({
      cycleId: cycle.id,
      theme: cycle.theme,
      meetingDate: cycle.meetingDate,
      meetingStart: meetingStart(cycle.meetingDate, cycle.meeting),
      durationMinutes: cycle.meeting.durationMinutes,
      ...(cycle.meeting.place === undefined ? {} : { place: cycle.meeting.place }),
      agenda,
      facilitator: { name: facilitator.name, email: facilitator.email },
      recipient,
      groupName: directory.groupName(group.id),
      groupId: group.id,
      now: input.now,
    });
    // The facilitator is named in it (the invitation's organizer).
    packages.push({ ...prep, personIds: [group.facilitatorId] });
  }
  return packages;
}

async function escalationFor(input: RoundInput, facilitator: PersonRecipient): Promise<OutgoingMessage> {
  const { cycle, directory } = input;
  const waiting = pendingByFacilitator(cycle).get(facilitator.personId) ?? [];
  const unconfirmed = await Promise.all(waiting.map((personId) => contactOrId(directory, personId)));
  const message = escalation({ cycleId: cycle.id, theme: cycle.theme, facilitator, unconfirmed });
  return { ...message, personIds: waiting };
}

async function report(input: RoundInput): Promise<ComposedMessage> {
  const { cycle, directory } = input;
  const pending = await Promise.all(
    pendingIds(cycle).map(async (personId) => ({
      name: (await contactOrId(directory, personId)).name,
      group: (cycle.participants.get(personId)?.groupIds ?? []).map((id) => directory.groupName(id)).join(', '),
    })),
  );
  const message = statusReport({
    cycleId: cycle.id,
    theme: cycle.theme,
    total: cycle.participants.size,
    confirmed: cycle.confirmedCount,
    pending,
    recipients: input.chefgruppen.map((email) => ({ name: 'Chefgruppen', email })),
    asOf: input.now,
  });
  return {
    kind: 'status-report',
    recipientIds: [],
    audience: CHEFGRUPPEN_AUDIENCE,
    message: { ...message, personIds: pendingIds(cycle) },
  };
}

/** A person's name and e-mail, or their id when they cannot be reached, so a list still says who is missing. */
async function contactOrId(directory: Directory, personId: string): Promise<Contact> {
  const contact = await directory.contact(personId);
  return contact
    ? { name: contact.name, email: contact.email }
    : { name: `${personId} (uden kontakt / no contact)`, email: '' };
}
