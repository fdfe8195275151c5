import { DomainError, DomainErrorCode } from '../shared/domain-error';
import type { CommandContext } from '../shared/domain-event';
import type { Decider } from '../shared/decider';
import { expectFields, isId, isText, optional } from '../shared/values';
import { LEADER_LEVELS, type LeaderLevel } from '../organisation/organisation.types';
import type { ReachEvent } from './reach.events';

/** The fewest answers a count may show: fewer could point at a person. Configuration may raise it, never lower it. */
export const REACH_MIN_ANSWERS_FLOOR = 5;

/** The longest answer to "Hvad betyder det for dig?". */
export const MAX_REACH_ANSWER = 1_000;

/** An answer from a workplace's page; `perWorkplacePerHour` is the configured cap on one workplace's answers. */
export interface AnswerReach {
  readonly type: 'AnswerReach';
  readonly cycleId: string;
  readonly leaderId: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly answer?: string;
  readonly perWorkplacePerHour: number;
}

/** Per workplace, the hour its latest answers came in and how many: enough to hold the cap, nothing more. */
export interface ReachState {
  readonly lastHour: Readonly<Record<string, { readonly hour: string; readonly count: number }>>;
}

const initialReachState: ReachState = { lastHour: {} };

/** The hour an instant falls in (UTC), as the cap counts: `2027-03-14T09`. */
function hourOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 13);
}

function decideReach(command: AnswerReach, state: ReachState, context: CommandContext): ReachEvent[] {
  expectFields(command as unknown as Readonly<Record<string, unknown>>, 'command', {
    cycleId: isId,
    leaderId: isId,
    areaId: isId,
    level: (value) => (LEADER_LEVELS as readonly unknown[]).includes(value),
    answer: optional((value) => isText(value) && value.length <= MAX_REACH_ANSWER),
  });
  const { cycleId, leaderId, areaId, level, answer, perWorkplacePerHour } = command;
  const last = state.lastHour[leaderId];
  if (last && last.hour === hourOf(context.now) && last.count >= perWorkplacePerHour) {
    throw new DomainError(DomainErrorCode.ReachLimitReached, { perHour: perWorkplacePerHour });
  }
  const data = { cycleId, leaderId, areaId, level, at: context.now, ...(answer === undefined ? {} : { answer }) };
  return [{ type: 'ReachAnswered', data }];
}

function evolveReach(state: ReachState, event: ReachEvent): ReachState {
  const { leaderId, at } = event.data;
  const hour = hourOf(at);
  const last = state.lastHour[leaderId];
  const count = last?.hour === hour ? last.count + 1 : 1;
  return { lastHour: { ...state.lastHour, [leaderId]: { hour, count } } };
}

/** A round's reach: its own stream, so answers never contend with the round's commands. */
export const reachDecider: Decider<AnswerReach, ReachEvent, ReachState> = {
  decide: decideReach,
  evolve: evolveReach,
  initialState: initialReachState,
};

/** A count as it may be shown: itself from the threshold up, else nothing (shown as "under <threshold>"). */
export function shownCount(count: number, minAnswers: number): number | undefined {
  return count >= Math.max(minAnswers, REACH_MIN_ANSWERS_FLOOR) ? count : undefined;
}

/** A round's answers counted per workplace (by its leader), per area and level, and in all; raw, for the server. */
export interface ReachTally {
  readonly total: number;
  readonly byWorkplace: ReadonlyMap<string, number>;
  /** `areaId` to the count at each level. */
  readonly byAreaLevel: ReadonlyMap<string, Readonly<Partial<Record<LeaderLevel, number>>>>;
}

/** Counts a round's answers; what may be shown of each count is `shownCount`'s to say. */
export function tallyReach(events: readonly ReachEvent[]): ReachTally {
  const byWorkplace = new Map<string, number>();
  const byAreaLevel = new Map<string, Partial<Record<LeaderLevel, number>>>();
  for (const { data } of events) {
    byWorkplace.set(data.leaderId, (byWorkplace.get(data.leaderId) ?? 0) + 1);
    const levels = byAreaLevel.get(data.areaId) ?? {};
    byAreaLevel.set(data.areaId, { ...levels, [data.level]: (levels[data.level] ?? 0) + 1 });
  }
  return { total: events.length, byWorkplace, byAreaLevel };
}

/** Whether a browser that already answered these rounds may answer this one: once per round. */
export function mayAnswer(answeredCycleIds: readonly string[], cycleId: string): boolean {
  return !answeredCycleIds.includes(cycleId);
}
