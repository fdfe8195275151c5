import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
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
  type CycleUpdateResult,
  type CycleWorkflowInput,
} from '@ledelsesrum/contracts';
import type { CycleGroupSnapshot, CycleView } from '@ledelsesrum/domain';
import { KeyedLimiter } from '@ledelsesrum/temporal-client';

const NOW = '2027-03-01T09:00:00.000Z';

/** Drives one cycle workflow directly through the Temporal client, as the API does. */
export function cycleClient(client: Client, taskQueue: string, cycleId: string, commandsPerRun?: number) {
  // As the API does: never more Updates in flight for one cycle than Temporal admits (see KeyedLimiter).
  const limiter = new KeyedLimiter(8);
  const workflowHandle = () => client.workflow.getHandle(cycleWorkflowId(cycleId));
  const handle = () => {
    const raw = workflowHandle();
    return Object.assign(Object.create(raw) as typeof raw, {
      executeUpdate: ((...args: Parameters<typeof raw.executeUpdate>) =>
        limiter.run(cycleId, () => raw.executeUpdate(...args))) as typeof raw.executeUpdate,
    });
  };
  const context = (actorId: string) => ({ actorId, now: NOW });
  return {
    handle,
    launch(groups: CycleGroupSnapshot[], idempotencyKey?: string): Promise<CycleUpdateResult> {
      const input: CycleWorkflowInput = { cycleId, ...(commandsPerRun ? { commandsPerRun } : {}) };
      return client.workflow.executeUpdateWithStart(launchCycleUpdate, {
        args: [
          {
            command: { type: 'LaunchCycle', cycleId, theme: 'Tværgående ledelse', meetingDate: '2027-03-11', groups },
            context: context('chef-1'),
            ...(idempotencyKey ? { idempotencyKey } : {}),
          },
        ],
        startWorkflowOperation: new WithStartWorkflowOperation<(input: CycleWorkflowInput) => Promise<unknown>>(
          CYCLE_WORKFLOW_TYPE,
          { workflowId: cycleWorkflowId(cycleId), taskQueue, args: [input], workflowIdConflictPolicy: 'USE_EXISTING' },
        ),
      });
    },
    setAgenda(): Promise<CycleUpdateResult> {
      return handle().executeUpdate(setAgendaUpdate, {
        args: [
          {
            command: {
              type: 'SetAgenda',
              items: [{ title: 'Hvad er tværgående ledelse?' }],
              prepTasks: [{ title: 'Spørg dine medarbejdere' }],
              materials: [{ kind: 'article', title: 'Forskningsartikel' }],
            },
            context: context('chef-1'),
          },
        ],
      });
    },
    sendPrep(): Promise<CycleUpdateResult> {
      return handle().executeUpdate(sendPrepUpdate, {
        args: [{ command: { type: 'SendPrep' }, context: context('chef-1') }],
      });
    },
    recordMeeting(group: CycleGroupSnapshot): Promise<CycleUpdateResult> {
      return handle().executeUpdate(recordMeetingUpdate, {
        args: [
          {
            command: {
              type: 'RecordMeeting',
              groupId: group.id,
              heldAt: '2027-03-11T09:00:00+01:00',
              attendeeIds: [...group.memberIds],
              keyPoints: ['Vi deler viden på tværs'],
              inputToChefgruppen: ['Mere tid til ledelse'],
            },
            context: context(group.facilitatorId),
          },
        ],
      });
    },
    publishSummary(): Promise<CycleUpdateResult> {
      return handle().executeUpdate(publishSummaryUpdate, {
        args: [{ command: { type: 'PublishSummary', text: 'Opsamling' }, context: context('chef-1') }],
      });
    },
    confirmCascade(personId: string, idempotencyKey?: string): Promise<CycleUpdateResult> {
      return handle().executeUpdate(confirmCascadeUpdate, {
        args: [
          {
            command: {
              type: 'ConfirmCascade',
              personId,
              passedOnAt: '2027-03-18T10:00:00+01:00',
              channel: 'personalemøde',
            },
            context: context(personId),
            ...(idempotencyKey ? { idempotencyKey } : {}),
          },
        ],
      });
    },
    view(): Promise<CycleView | null> {
      return handle().query(cycleViewQuery);
    },
  };
}
