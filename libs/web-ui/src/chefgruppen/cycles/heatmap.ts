import {
  LEADER_LEVELS,
  pendingByFacilitator,
  type LaunchedCycle,
  type LeaderLevel,
  type Participant,
} from '@ledelsesrum/domain';
import type { PeopleDirectory } from './people';

/** How warm a cell is: 0 nobody pending, 4 (nearly) everyone in it. */
export type Heat = 0 | 1 | 2 | 3 | 4;

/** The participants of one area at one level, and how many of them still owe their cascade. */
export interface HeatCell {
  readonly participants: number;
  readonly pending: number;
  /** Pending, and a reminder round has gone out (every round goes to everyone pending then). */
  readonly reminded: number;
  /** Pending, and their facilitator was told at the deadline. */
  readonly escalated: number;
  readonly heat: Heat;
}

export interface HeatRow {
  readonly areaId: string;
  readonly cells: Readonly<Record<LeaderLevel, HeatCell>>;
}

/** A leader who has neither confirmed nor been released; `level` and `areaId` are unknown for someone who left. */
export interface PendingLeader {
  readonly id: string;
  readonly areaId?: string;
  readonly level?: LeaderLevel;
  readonly reminded: boolean;
  readonly escalated: boolean;
}

export interface PendingHeatmap {
  /** The organisation's areas that have participants in the cycle, by name. */
  readonly rows: readonly HeatRow[];
  /** Everyone pending, the ones no longer in the organisation too (they have no cell). */
  readonly pending: readonly PendingLeader[];
}

/** A share of pending in quarters: any pending at all is at least 1, so a cell with one missing never looks done. */
export function heatOf(pending: number, participants: number): Heat {
  if (pending === 0 || participants === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((pending / participants) * 4))) as Heat;
}

function isPending(participant: Participant): boolean {
  return !participant.cascade && !participant.released;
}

/**
 * Where the cascade is stuck, by area and level: each cell counts the cycle's participants there, the pending ones,
 * and of those the reminded and the escalated. People are placed where the organisation has them now.
 */
export function pendingHeatmap(state: LaunchedCycle, directory: PeopleDirectory): PendingHeatmap {
  const reminded = state.notices.reminders > 0;
  const escalatedIds = new Set(
    state.notices.escalation === undefined ? [] : [...pendingByFacilitator(state).values()].flat(),
  );
  const counts = new Map<string, Tally>();
  const pending: PendingLeader[] = [];
  for (const participant of state.participants.values()) {
    const person = directory.person(participant.personId);
    const leader: PendingLeader = {
      id: participant.personId,
      ...(person ? { areaId: person.areaId, level: person.level } : {}),
      reminded,
      escalated: escalatedIds.has(participant.personId),
    };
    if (isPending(participant)) pending.push(leader);
    if (!person) continue;
    const row = counts.get(person.areaId) ?? emptyRow();
    counts.set(person.areaId, row);
    row[person.level].participants += 1;
    if (isPending(participant)) row[person.level].pending.push(leader);
  }
  const rows = directory
    .areaIds()
    .filter((areaId) => counts.has(areaId))
    .map((areaId) => {
      const row = counts.get(areaId)!;
      const cells = Object.fromEntries(
        LEADER_LEVELS.map((level) => {
          const { participants, pending: waiting } = row[level];
          const cell: HeatCell = {
            participants,
            pending: waiting.length,
            reminded: waiting.filter((leader) => leader.reminded).length,
            escalated: waiting.filter((leader) => leader.escalated).length,
            heat: heatOf(waiting.length, participants),
          };
          return [level, cell];
        }),
      ) as Record<LeaderLevel, HeatCell>;
      return { areaId, cells };
    });
  pending.sort((a, b) => directory.personName(a.id).localeCompare(directory.personName(b.id), 'da'));
  return { rows, pending };
}

type Tally = Record<LeaderLevel, { participants: number; pending: PendingLeader[] }>;

function emptyRow(): Tally {
  const tally = (): { participants: number; pending: PendingLeader[] } => ({ participants: 0, pending: [] });
  return { direktør: tally(), chef: tally(), leder: tally() };
}
