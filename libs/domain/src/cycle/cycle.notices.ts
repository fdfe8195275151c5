import { addDuration } from '../time/duration';
import type { LaunchedCycle, CycleState } from './cycle.types';

/**
 * The rounds of messages a cycle sends by itself. Each is sent once, recorded message by message, and marked done
 * with a NoticeRoundCompleted event, so a restarted or replayed workflow knows exactly what is left.
 */
export type NoticeRound =
  'prep' | 'summary' | `reminder-${number}` | 'escalation' | 'status-report' | `errata-${number}` | 'cancellation';

export const MESSAGE_KINDS = [
  'prep-package',
  'summary',
  'cascade-request',
  'cascade-reminder',
  'escalation',
  'status-report',
  'agenda-errata',
  'cancellation',
  'staff-summary',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Who the status report goes to: chefgruppen's mailbox, not a person in the organisation. */
export const CHEFGRUPPEN_AUDIENCE = 'chefgruppen';

/** Who the published summary for staff goes to: a distribution list chefgruppen set, not a person. */
export const DISTRIBUTION_LIST_AUDIENCE = 'distribution-list';

export type MessageAudience = typeof CHEFGRUPPEN_AUDIENCE | typeof DISTRIBUTION_LIST_AUDIENCE;

/** One message that went out: what it was, its idempotency key, to whom (person ids) and the Message-ID it had. */
export interface SentMessage {
  readonly kind: MessageKind;
  readonly idempotencyKey: string;
  readonly recipientIds: readonly string[];
  /** Set when the message went to a mailbox rather than to people. */
  readonly audience?: MessageAudience;
  /** The distribution list it went to, as it was set when the summary was published. */
  readonly list?: { readonly name: string; readonly address: string };
  readonly messageId: string;
  readonly sentAt: string;
}

/** Which rounds are done: the reminders as a count, because a later reminder that is due replaces earlier ones. */
export interface NoticeProgress {
  readonly prep?: string;
  readonly summary?: string;
  readonly reminders: number;
  readonly escalation?: string;
  readonly statusReport?: string;
  /** Errata rounds done, as a count: a later correction's errata carries the agenda as it now reads. */
  readonly errata?: number;
  readonly cancellation?: string;
}

export const NO_NOTICES: NoticeProgress = { reminders: 0 };

/** What the workflow should do now without anyone asking. */
export type DueWork =
  | { readonly kind: 'send-prep' }
  | { readonly kind: 'notify'; readonly round: NoticeRound; readonly recipientIds: readonly string[] };

export function reminderRound(number: number): NoticeRound {
  return `reminder-${number}`;
}

/** The reminder's number for a `reminder-n` round, else undefined. */
export function reminderNumber(round: NoticeRound): number | undefined {
  const match = /^reminder-(\d+)$/.exec(round);
  return match ? Number(match[1]) : undefined;
}

export function errataRound(number: number): NoticeRound {
  return `errata-${number}`;
}

/** The correction's number for an `errata-n` round, else undefined. */
export function errataNumber(round: NoticeRound): number | undefined {
  const match = /^errata-(\d+)$/.exec(round);
  return match ? Number(match[1]) : undefined;
}

export function isRoundDone(notices: NoticeProgress, round: NoticeRound): boolean {
  const number = reminderNumber(round);
  if (number !== undefined) return number <= notices.reminders;
  const errata = errataNumber(round);
  if (errata !== undefined) return errata <= (notices.errata ?? 0);
  const done: Record<Exclude<NoticeRound, `reminder-${number}` | `errata-${number}`>, string | undefined> = {
    prep: notices.prep,
    summary: notices.summary,
    escalation: notices.escalation,
    'status-report': notices.statusReport,
    cancellation: notices.cancellation,
  };
  return done[round as keyof typeof done] !== undefined;
}

/** Work that is due at `now`, in the order it must happen; undefined when there is nothing to do yet. */
export function dueWork(state: CycleState, now: string): DueWork | undefined {
  if (state.status !== 'launched') return undefined;
  const { notices, schedule } = state;
  if (state.stage === 'cancelled') return dueOnCancelled(state);
  const at = Date.parse(now);
  if (state.stage === 'agenda_set' && Date.parse(schedule.prepSendAt) <= at) return { kind: 'send-prep' };
  if (state.prepSentAt !== undefined && notices.prep === undefined) {
    // A round registered after it was held had its prep before the meeting, outside this system: nobody gets it now.
    return notify('prep', state.backRegistration ? [] : participantIds(state));
  }
  const correction = state.agendaCorrection?.number ?? 0;
  if (correction > (notices.errata ?? 0)) return notify(errataRound(correction), participantIds(state));
  if (state.summary !== undefined && notices.summary === undefined) return notify('summary', participantIds(state));
  if (state.stage !== 'summary_published' || state.summary === undefined) return undefined;
  const published = state.summary.publishedAt;
  if (notices.escalation === undefined) {
    if (Date.parse(addDuration(published, schedule.deadline)) <= at)
      return notify('escalation', facilitatorsToAlert(state));
    const due = schedule.reminders.filter((reminder) => Date.parse(addDuration(published, reminder)) <= at).length;
    if (due > notices.reminders) return notify(reminderRound(due), pendingIds(state));
    return undefined;
  }
  if (notices.statusReport === undefined) return notify('status-report', []);
  return undefined;
}

/** The next moment something becomes due by the clock alone, strictly after `now`. */
export function nextWakeUp(state: CycleState, now: string): string | undefined {
  if (state.status !== 'launched') return undefined;
  const at = Date.parse(now);
  const candidates: string[] = [];
  if (state.stage === 'agenda_set') candidates.push(state.schedule.prepSendAt);
  if (state.stage === 'summary_published' && state.summary && state.notices.escalation === undefined) {
    const published = state.summary.publishedAt;
    const { reminders, deadline } = state.schedule;
    candidates.push(...reminders.map((reminder) => addDuration(published, reminder)), addDuration(published, deadline));
  }
  const future = candidates.map((candidate) => Date.parse(candidate)).filter((time) => time > at);
  return future.length === 0 ? undefined : new Date(Math.min(...future)).toISOString();
}

/** A cancelled cycle owes a cancellation only to those it has written to; then nothing more. */
function dueOnCancelled(state: LaunchedCycle): DueWork | undefined {
  if (!state.notifiedAnyone || state.notices.cancellation !== undefined) return undefined;
  return notify('cancellation', participantIds(state));
}

function notify(round: NoticeRound, recipientIds: readonly string[]): DueWork {
  return { kind: 'notify', round, recipientIds };
}

export function participantIds(state: LaunchedCycle): string[] {
  return [...state.participants.keys()];
}

/** Participants who have neither confirmed their cascade nor been released from it. */
export function pendingIds(state: LaunchedCycle): string[] {
  return state.participants
    .values()
    .filter((participant) => !participant.cascade && !participant.released)
    .map((participant) => participant.personId);
}

/** For each facilitator, their groups' pending members other than themselves; facilitators with none are left out. */
export function pendingByFacilitator(state: LaunchedCycle): Map<string, string[]> {
  const pending = new Set(pendingIds(state));
  const byFacilitator = new Map<string, string[]>();
  for (const group of state.groups) {
    const waiting = group.memberIds.filter((id) => id !== group.facilitatorId && pending.has(id));
    if (waiting.length === 0) continue;
    const known = byFacilitator.get(group.facilitatorId) ?? [];
    byFacilitator.set(group.facilitatorId, [...known, ...waiting.filter((id) => !known.includes(id))]);
  }
  return byFacilitator;
}

function facilitatorsToAlert(state: LaunchedCycle): string[] {
  return [...pendingByFacilitator(state).keys()];
}
