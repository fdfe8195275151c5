import { createHash, randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowNotFoundError } from '@temporalio/client';
import type { Principal } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import {
  CYCLE_WORKFLOW_TYPE,
  cycleWorkflowId,
  launchCycleUpdate,
  takeUpInputUpdate,
  type CommandRequest,
  type CycleUpdateInput,
  type CycleUpdateResult,
  type CycleWorkflowInput,
} from '@ledelsesrum/contracts';
import {
  cycleStreamId,
  own,
  resolveMeetingPlan,
  resolveSchedule,
  DomainErrorCode,
  type LaunchCycle,
  type CycleCommand,
  type CycleSchedule,
  type CycleView,
  type LaunchedCycle,
  type MeetingPlan,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { CycleReadModel } from '@ledelsesrum/projections';
import { KeyedLimiter, retryOnNextRun } from '@ledelsesrum/temporal-client';
import type { UpdateDefinition } from '@temporalio/common';
import { commandRequest } from '../common/request-context';
import { OrganisationService } from '../organisation/organisation.service';
import { APP_CONFIG, CYCLE_READ_MODEL, EVENT_STORE, TEMPORAL_CLIENT } from '../tokens';
import { inputToTakeUp, type InputReference } from './input-to-take-up';
import { toHttpError } from './temporal-errors';

/** Hands commands to the cycle's workflow and answers with the view that includes their effect. */
@Injectable()
export class CyclesService {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CYCLE_READ_MODEL) private readonly readModel: CycleReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly organisation: OrganisationService,
  ) {
    this.updates = new KeyedLimiter(config.temporal.updatesInFlightPerCycle);
  }

  private readonly updates: KeyedLimiter;

  async launch(
    request: {
      theme: string;
      meetingDate: string;
      groupIds?: string[];
      meeting?: Partial<MeetingPlan>;
      schedule?: Partial<CycleSchedule>;
    },
    principal: Principal,
    idempotencyKey: string | undefined,
  ): Promise<CycleView> {
    const { state } = await this.organisation.current();
    const groupIds = request.groupIds ?? Object.keys(state.groups);
    const unknown = groupIds.filter((id) => !own(state.groups, id));
    if (unknown.length > 0) throw new NotFoundException(`Ukendte grupper / Unknown groups: ${unknown.join(', ')}`);
    const meeting = request.meeting && givenParts(request.meeting);
    const schedule = request.schedule && givenParts(request.schedule);
    // The workflow would refuse these too (409 SCHEDULE_INVALID), but only after it was started for nothing.
    resolveMeetingPlan(meeting);
    resolveSchedule(request.meetingDate, schedule);
    // With an Idempotency-Key the cycle id is derived from it, so a retried launch finds the cycle it created.
    const cycleId = idempotencyKey ? derivedId(principal.id, idempotencyKey) : randomUUID();
    const input: CycleUpdateInput<LaunchCycle> = {
      command: {
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
      },
      context: { actorId: principal.id, now: new Date().toISOString() },
      ...keyed(principal, 'LaunchCycle', idempotencyKey),
      request: commandRequest(principal),
    };
    // An operation can be executed once only, so each attempt gets its own.
    const startWorkflowOperation = () =>
      new WithStartWorkflowOperation<(input: CycleWorkflowInput) => Promise<unknown>>(CYCLE_WORKFLOW_TYPE, {
        workflowId: cycleWorkflowId(cycleId),
        taskQueue: this.config.temporal.taskQueue,
        args: [{ cycleId }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
    try {
      // A repeated launch reaches the running cycle, whose run may be continuing as new.
      const result = await retryOnNextRun(() =>
        this.temporal.workflow.executeUpdateWithStart(launchCycleUpdate, {
          args: [input],
          startWorkflowOperation: startWorkflowOperation(),
          ...(input.idempotencyKey === undefined ? {} : { updateId: input.idempotencyKey }),
        }),
      );
      return await this.viewAt(result);
    } catch (error) {
      throw toHttpError(error, cycleId);
    }
  }

  /** Sends one command to a running cycle; `via` says how a caller without a sign-in came in (the audit trail). */
  async command<C extends CycleCommand>(
    cycleId: string,
    update: UpdateDefinition<CycleUpdateResult, [CycleUpdateInput<C>]>,
    command: C,
    principal: Principal,
    idempotencyKey: string | undefined,
    via?: CommandRequest['via'],
  ): Promise<CycleView> {
    const input: CycleUpdateInput<C> = {
      command,
      context: { actorId: principal.id, now: new Date().toISOString() },
      ...keyed(principal, command.type, idempotencyKey),
      request: commandRequest(principal, via),
    };
    if ((await this.launchedNow(cycleId)).stage === 'completed') {
      return this.retryAfterCompletion(cycleId, input.idempotencyKey);
    }
    try {
      const handle = this.temporal.workflow.getHandle(cycleWorkflowId(cycleId));
      // A run that is continuing as new turns the command away untouched; the next run takes it.
      const result = await retryOnNextRun(() =>
        this.updates.run(cycleId, () =>
          handle.executeUpdate(update, {
            args: [input],
            ...(input.idempotencyKey === undefined ? {} : { updateId: input.idempotencyKey }),
          }),
        ),
      );
      return await this.viewAt(result);
    } catch (error) {
      // The cycle exists (checked above), so a workflow that cannot be found has just completed.
      if (error instanceof WorkflowNotFoundError) return this.retryAfterCompletion(cycleId, input.idempotencyKey);
      throw toHttpError(error, cycleId);
    }
  }

  /** Links an item of an earlier cycle's input to this cycle, once the API has found the item and its text. */
  async takeUpInput(
    cycleId: string,
    reference: InputReference,
    principal: Principal,
    idempotencyKey: string | undefined,
  ): Promise<CycleView> {
    const command = await inputToTakeUp(this.readModel, this.store, this.launched(cycleId), reference);
    return this.command(cycleId, takeUpInputUpdate, command, principal, idempotencyKey);
  }

  /**
   * The workflow of a completed cycle is gone, but a retry of the command that completed it (or any earlier one)
   * must still answer as the first attempt did: its key is in the metadata of the events it recorded.
   */
  private async retryAfterCompletion(cycleId: string, scopedKey: string | undefined): Promise<CycleView> {
    if (scopedKey !== undefined) {
      const events = await this.store.readStream(cycleStreamId(cycleId));
      if (events.some((event) => event.metadata['idempotencyKey'] === scopedKey)) return this.readModel.view(cycleId)!;
    }
    throw cycleCompleted();
  }

  /** The cycle's decision state as projected; 404 when there is no such cycle. */
  /**
   * The cycle as `launched` gives it, after catching the read model up with the store when it does not know the cycle
   * yet: launched through another API replica a moment ago, it is stored but perhaps not yet delivered here.
   */
  async launchedNow(cycleId: string): Promise<LaunchedCycle> {
    if (this.readModel.get(cycleId)?.state.status !== 'launched') await this.readModel.caughtUp();
    return this.launched(cycleId);
  }

  launched(cycleId: string): LaunchedCycle {
    const entry = this.readModel.get(cycleId);
    if (!entry || entry.state.status !== 'launched') {
      throw new NotFoundException(`Ukendt cyklus / Unknown cycle: ${cycleId}`);
    }
    return entry.state;
  }

  private async viewAt(result: CycleUpdateResult): Promise<CycleView> {
    await this.readModel.waitForRevision(result.cycleId, result.revision);
    return this.readModel.view(result.cycleId)!;
  }
}

/**
 * The key as the workflow and Temporal see it: scoped to the caller and the command, so two people (or two commands)
 * that happen to send the same key never swallow each other's command.
 */
function keyed(principal: Principal, commandType: string, key: string | undefined): { idempotencyKey?: string } {
  return key === undefined ? {} : { idempotencyKey: `${principal.id}:${commandType}:${key}` };
}

/** The parts a client gave, as a plain object: a part sent as null or left out takes the cycle's own (or default). */
export function givenParts<T extends object>(parts: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(parts).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;
}

function cycleCompleted(): ConflictException {
  return new ConflictException({
    statusCode: 409,
    code: DomainErrorCode.CycleCompleted,
    message: 'Cyklussen er afsluttet / The cycle is completed',
    details: {},
  });
}

function derivedId(actorId: string, key: string): string {
  const hex = createHash('sha256').update(`${actorId}\u0000${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
