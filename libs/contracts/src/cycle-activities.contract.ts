import type { NoticeRound } from '@ledelsesrum/domain';

/** What the cycle's process should do now, as the stored cycle says at the workflow's `now`. */
export type ProcessStep =
  | { readonly kind: 'send-prep' }
  /** A round of messages is due; its recipients are fixed here, when the round is decided. */
  | { readonly kind: 'notify'; readonly round: NoticeRound; readonly recipientIds: readonly string[] }
  /** Nothing to do until `until` (the next scheduled moment), or until woken; no `until`: until woken. */
  | { readonly kind: 'wait'; readonly until?: string }
  /** The cycle is completed and every round of messages is sent: the process ends. */
  | { readonly kind: 'done' };

export interface SendRoundPartInput {
  readonly cycleId: string;
  readonly round: NoticeRound;
  /** The part's number in the round, from 0: with the round, it names the part, so a retry records nothing twice. */
  readonly part: number;
  /** The people this part goes to (for the status report: none, it goes to chefgruppen's mailbox). */
  readonly recipientIds: readonly string[];
  /** On the round's last part: the tally of the parts before it, so the part can record the round as done. */
  readonly completes?: RoundTally;
}

/** Messages sent and people who could not be reached. */
export interface RoundTally {
  readonly messageCount: number;
  readonly unreachableIds: readonly string[];
}

/** The activities the cycle's process calls. The worker implements them; the workflow imports this type only. */
export interface CycleProcessActivities {
  /** Reads the cycle as stored and says what is due at `now` (the workflow's time), or how long to wait. */
  nextStep(input: { readonly cycleId: string; readonly now: string }): Promise<ProcessStep>;
  /** Records that prep went out at its time (SendPrep, by the system); nothing when it has already. */
  sendPrep(input: { readonly cycleId: string }): Promise<void>;
  /**
   * Composes, sends and records one part of a round of messages. Each message has its own idempotency key and the
   * part is recorded under its own, so a retried attempt sends and records only what an earlier one did not.
   */
  sendRoundPart(input: SendRoundPartInput): Promise<RoundTally>;
}
