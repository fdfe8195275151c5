import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import {
  CYCLE_WORKFLOW_TYPE,
  confirmCascadeUpdate,
  cycleViewQuery,
  cycleWorkflowId,
  launchCycleUpdate,
  publishSummaryUpdate,
  recordMeetingUpdate,
  sendPrepUpdate,
  setAgendaUpdate,
  type CycleUpdateInput,
  type CycleUpdateResult,
  type CycleWorkflowInput,
} from '@ledelsesrum/contracts';
import type { CycleCommand, CycleGroupSnapshot, CycleView } from '@ledelsesrum/domain';
import { KeyedLimiter, retryOnNextRun } from '@ledelsesrum/temporal-client';
import { MEETING_DATE } from './dates';

/** The API's clock: the workflow times reminders from the moment the summary was published. */
const now = () => new Date().toISOString();

/** Drives one cycle workflow directly through the Temporal client, as the API does. */
export function cycleClient(client: Client, taskQueue: string, cycleId: string, commandsPerRun?: number) {
  const handle = () => client.workflow.getHandle(cycleWorkflowId(cycleId));
  // As the API does: never more Updates in flight for one cycle than Temporal admits (see KeyedLimiter), and a
  // command a run turns away while continuing as new is sent again to the next run.
  const limiter = new KeyedLimiter(8);
  const update = <C extends CycleCommand>(
    definition: UpdateDefinition<CycleUpdateResult, [CycleUpdateInput<C>]>,
    input: CycleUpdateInput<C>,
  ) => retryOnNextRun(() => limiter.run(cycleId, () => handle().executeUpdate(definition, { args: [input] })));
  const key = (idempotencyKey?: string) => (idempotencyKey ? { idempotencyKey } : {});

  return {
    handle,
    launch(groups: CycleGroupSnapshot[], idempotencyKey?: string): Promise<CycleUpdateResult> {
      const input: CycleWorkflowInput = { cycleId, ...(commandsPerRun ? { commandsPerRun } : {}) };
      const command = {
        type: 'LaunchCycle' as const,
        cycleId,
        theme: 'Tværgående ledelse',
        meetingDate: MEETING_DATE,
        groups,
      };
      return client.workflow.executeUpdateWithStart(launchCycleUpdate, {
        args: [{ command, context: { actorId: 'chef-1', now: now() }, ...key(idempotencyKey) }],
        startWorkflowOperation: new WithStartWorkflowOperation<(input: CycleWorkflowInput) => Promise<unknown>>(
          CYCLE_WORKFLOW_TYPE,
          { workflowId: cycleWorkflowId(cycleId), taskQueue, args: [input], workflowIdConflictPolicy: 'USE_EXISTING' },
        ),
      });
    },
    setAgenda(): Promise<CycleUpdateResult> {
      const command = {
        type: 'SetAgenda' as const,
        items: [{ title: 'Hvad er tværgående ledelse?' }],
        prepTasks: [{ title: 'Spørg dine medarbejdere' }],
        materials: [{ kind: 'article' as const, title: 'Forskningsartikel' }],
      };
      return update(setAgendaUpdate, { command, context: { actorId: 'chef-1', now: now() } });
    },
    sendPrep(): Promise<CycleUpdateResult> {
      return update(sendPrepUpdate, { command: { type: 'SendPrep' }, context: { actorId: 'chef-1', now: now() } });
    },
    recordMeeting(group: CycleGroupSnapshot): Promise<CycleUpdateResult> {
      const command = {
        type: 'RecordMeeting' as const,
        groupId: group.id,
        heldAt: '2027-03-11T09:00:00+01:00',
        attendeeIds: [...group.memberIds],
        keyPoints: ['Vi deler viden på tværs'],
        inputToChefgruppen: ['Mere tid til ledelse'],
      };
      return update(recordMeetingUpdate, { command, context: { actorId: group.facilitatorId, now: now() } });
    },
    publishSummary(): Promise<CycleUpdateResult> {
      return update(publishSummaryUpdate, {
        command: { type: 'PublishSummary', text: 'Opsamling' },
        context: { actorId: 'chef-1', now: now() },
      });
    },
    confirmCascade(personId: string, idempotencyKey?: string): Promise<CycleUpdateResult> {
      const command = {
        type: 'ConfirmCascade' as const,
        personId,
        passedOnAt: '2027-03-18T10:00:00+01:00',
        channel: 'personalemøde',
      };
      return update(confirmCascadeUpdate, {
        command,
        context: { actorId: personId, now: now() },
        ...key(idempotencyKey),
      });
    },
    view(): Promise<CycleView | null> {
      return handle().query(cycleViewQuery);
    },
  };
}
