import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CommandOrigin } from '@ledelsesrum/application';
import {
  DomainErrorCode,
  cycleStreamId,
  isDomainError,
  own,
  resolveMeetingPlan,
  resolveSchedule,
  toCascadeConfirmationView,
  type CascadeConfirmationView,
  type ConfirmCascade,
  type CorrectCascadeConfirmation,
  type CycleCommand,
  type CycleSchedule,
  type CycleView,
  type LaunchCycle,
  type LaunchedCycle,
  type MeetingPlan,
  type ReleaseFromCascade,
  type UndoRelease,
  type WithdrawCascadeConfirmation,
  type WriteReflection,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { readCycleHistory, type CycleHistoryEntry, type CycleReadModel } from '@ledelsesrum/projections';
import { message, refusal } from '@ledelsesrum/messages';
import { commandOrigin, type Actor } from '../auth/actor';
import { OrganisationService } from '../organisation/organisation.service';
import {
  CYCLE_COMMANDS,
  CYCLE_READ_MODEL,
  EVENT_STORE,
  PERSONAL_DATA_VAULT,
  type CycleCommands,
} from '../infrastructure/tokens';
import { inputToTakeUp, type InputReference } from './input-to-take-up';
import { openedCycleWords } from './opened-cycle-words';
import { ownConfirmation, type OwnConfirmation } from './own-confirmation';
import { ownReflection, type OwnReflection } from './own-reflection';
import { unknownCycle } from './unknown-cycle';

/**
 * Hands cycle commands to the application layer, which decides and stores them in the cycle's stream, and answers
 * with the view that includes their effect. Temporal is not on this path: the cycle's workflow hears of what changed
 * from the event store.
 */
@Injectable()
export class CyclesService {
  constructor(
    @Inject(CYCLE_COMMANDS) private readonly commands: CycleCommands,
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly organisation: OrganisationService,
    @Inject(PERSONAL_DATA_VAULT) private readonly vault: PersonalDataVault,
  ) {}

  async launch(
    request: {
      theme: string;
      meetingDate: string;
      groupIds?: string[];
      meeting?: Partial<MeetingPlan>;
      schedule?: Partial<CycleSchedule>;
      backRegistration?: boolean;
    },
    principal: Actor,
    idempotencyKey: string | undefined,
  ): Promise<CycleView> {
    const { state } = await this.organisation.current();
    const groupIds = request.groupIds ?? Object.keys(state.groups);
    const unknown = groupIds.filter((id) => !own(state.groups, id));
    if (unknown.length > 0)
      throw refusal(
        message('api.cycles.launch.unknown-groups', { groupIds: unknown }),
        (line) => new NotFoundException(line),
      );
    const meeting = request.meeting && givenParts(request.meeting);
    const schedule = request.schedule && givenParts(request.schedule);
    // Checked before the cycle id is chosen, so that bad input is a 409 SCHEDULE_INVALID and nothing more.
    resolveMeetingPlan(meeting);
    resolveSchedule(request.meetingDate, schedule);
    // With an Idempotency-Key the cycle id is derived from it, so a retried launch finds the cycle it created.
    const cycleId = idempotencyKey ? derivedId(principal.id, idempotencyKey) : randomUUID();
    const command: LaunchCycle = {
      type: 'LaunchCycle',
      cycleId,
      theme: request.theme,
      meetingDate: request.meetingDate,
      groups: [...new Set(groupIds)].map((id) => {
        const { facilitatorId, memberIds } = own(state.groups, id)!;
        return { id, facilitatorId, memberIds };
      }),
      ...(meeting ? { meeting } : {}),
      ...(schedule ? { schedule } : {}),
      ...(request.backRegistration ? { backRegistration: true } : {}),
    };
    const { revision } = await this.run(cycleId, command, originOf(principal, command, idempotencyKey));
    return this.viewAt(cycleId, revision);
  }

  /** Decides and stores one command for a cycle; `via` says how a caller without a sign-in came in (the audit trail). */
  async command(
    cycleId: string,
    command: Exclude<CycleCommand, LaunchCycle | CascadeCommand | ReasonedCommand | WriteReflection>,
    principal: Actor,
    idempotencyKey: string | undefined,
  ): Promise<CycleView> {
    const { revision } = await this.run(cycleId, command, originOf(principal, command, idempotencyKey));
    return this.viewAt(cycleId, revision);
  }

  /**
   * A leader's cascade confirmation, or their correction of it, answered with their confirmation and the cycle's
   * counts, not the whole cycle. The note is sealed with the leader's own key before the command is decided: erasing
   * them erases it.
   */
  async confirmCascade(
    cycleId: string,
    request: ConfirmCascadeRequest,
    principal: Actor,
    idempotencyKey: string | undefined,
    via?: CommandOrigin['via'],
  ): Promise<CascadeConfirmationView> {
    const { note, ...rest } = request;
    const command: CascadeCommand = {
      ...rest,
      ...(note === undefined ? {} : { note: await this.vault.encryptWords(request.personId, note) }),
    };
    const { state, revision } = await this.run(cycleId, command, originOf(principal, command, idempotencyKey, via));
    await this.readModel.waitForRevision(cycleId, revision);
    return toCascadeConfirmationView(state as LaunchedCycle, command.personId, revision);
  }

  /**
   * A command about one participant with a reason: releasing them, undoing that, or their withdrawing their own
   * confirmation. The reason is about them, so it is sealed with their key.
   */
  async withReason(
    cycleId: string,
    type: ReasonedCommand['type'],
    personId: string,
    reason: string,
    principal: Actor,
    idempotencyKey: string | undefined,
    via?: CommandOrigin['via'],
  ): Promise<CycleView> {
    const command: ReasonedCommand = { type, personId, reason: await this.vault.encryptWords(personId, reason) };
    const { revision } = await this.run(cycleId, command, originOf(principal, command, idempotencyKey, via));
    return this.viewAt(cycleId, revision);
  }

  /**
   * A leader's reflection for their own workplace, whole as it should read. Sealed with the leader's own key before
   * the command is decided, as the confirmation's note is: erasing them erases it.
   */
  async writeReflection(
    cycleId: string,
    personId: string,
    text: string,
    principal: Actor,
    idempotencyKey: string | undefined,
  ): Promise<OwnReflection> {
    const command: WriteReflection = {
      type: 'WriteReflection',
      personId,
      text: await this.vault.encryptWords(personId, text),
    };
    const { revision } = await this.run(cycleId, command, originOf(principal, command, idempotencyKey));
    await this.readModel.waitForRevision(cycleId, revision);
    // Read back from the store: a repeated idempotency key answers with the reflection it recorded the first time.
    return (await this.ownReflection(cycleId, personId))!;
  }

  /** The person's latest reflection for their workplace, opened; undefined when they wrote none. */
  ownReflection(cycleId: string, personId: string): Promise<OwnReflection | undefined> {
    return ownReflection(this.store, this.vault, cycleId, personId);
  }

  /** The person's own confirmation in the cycle as it stands, note opened; undefined when they have none. */
  ownConfirmation(cycleId: string, personId: string): Promise<OwnConfirmation | undefined> {
    return ownConfirmation(this.store, this.vault, cycleId, personId);
  }

  /** The cycle's every event, with the people's own words opened: for chefgruppen and auditors, who may read them. */
  async openedHistory(cycleId: string): Promise<CycleHistoryEntry[]> {
    const history = await readCycleHistory(this.store, cycleId);
    const open = async (entry: CycleHistoryEntry) => ({
      ...entry,
      data: await openedCycleWords(this.vault, entry.type, entry.data),
    });
    return Promise.all(history.map(open));
  }

  /** Links an item of an earlier cycle's input to this cycle, once the API has found the item and its text. */
  async takeUpInput(
    cycleId: string,
    reference: InputReference,
    principal: Actor,
    idempotencyKey: string | undefined,
  ): Promise<CycleView> {
    const command = await inputToTakeUp(this.readModel, this.store, await this.launchedNow(cycleId), reference);
    return this.command(cycleId, command, principal, idempotencyKey);
  }

  /**
   * The cycle as `launched` gives it, after catching the read model up with the store when it does not know the cycle
   * yet: launched through another API replica a moment ago, it is stored but perhaps not yet delivered here.
   */
  async launchedNow(cycleId: string): Promise<LaunchedCycle> {
    if (this.readModel.get(cycleId)?.state.status !== 'launched') await this.readModel.caughtUp();
    return this.launched(cycleId);
  }

  /** The cycle's decision state as projected; 404 when there is no such cycle. */
  launched(cycleId: string): LaunchedCycle {
    const entry = this.readModel.get(cycleId);
    if (!entry || entry.state.status !== 'launched') throw unknownCycle(cycleId);
    return entry.state;
  }

  private async run(cycleId: string, command: CycleCommand, origin: CommandOrigin) {
    try {
      return await this.commands.execute(cycleStreamId(cycleId), command, origin);
    } catch (error) {
      // A command for a cycle whose stream is empty: there is no such cycle.
      if (isDomainError(error) && error.code === DomainErrorCode.CycleNotLaunched) throw unknownCycle(cycleId);
      throw error;
    }
  }

  /** Read-your-writes: the view once the read model has folded the command's events. */
  private async viewAt(cycleId: string, revision: number): Promise<CycleView> {
    await this.readModel.waitForRevision(cycleId, revision);
    return this.readModel.view(cycleId)!;
  }
}

/** A leader's confirmation or its correction. */
type CascadeCommand = ConfirmCascade | CorrectCascadeConfirmation;

/** The commands about one participant that carry a reason, sealed with that participant's key. */
type ReasonedCommand = ReleaseFromCascade | UndoRelease | WithdrawCascadeConfirmation;

/** A cascade confirmation (or its correction) as the leader gives it: the note in their own words, not yet sealed. */
export type ConfirmCascadeRequest = Omit<ConfirmCascade, 'note' | 'type'> & {
  readonly type: CascadeCommand['type'];
  readonly note?: string;
};

function originOf(
  actor: Actor,
  command: CycleCommand,
  idempotencyKey: string | undefined,
  via?: CommandOrigin['via'],
): CommandOrigin {
  return commandOrigin(actor, command.type, {
    ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    ...(via === undefined ? {} : { via }),
  });
}

/** The parts a client gave, as a plain object: a part left out takes the cycle's own (or the default). */
export function givenParts<T extends object>(parts: T): Partial<T> {
  return Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function derivedId(actorId: string, key: string): string {
  const hex = createHash('sha256').update(`${actorId}\u0000${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
