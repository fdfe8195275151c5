import { CommandHandler, type CommandHandlerOptions, type CommandOutcome } from '@ledelsesrum/application';
import {
  cycleDecider,
  cycleStreamId,
  type CycleCommand,
  type CycleEvent,
  type CycleGroupSnapshot,
  type CycleState,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { justNow, MEETING_DATE } from './dates';

export type TestCycleCommands = CommandHandler<CycleCommand, CycleEvent, CycleState>;
type Outcome = Promise<CommandOutcome<CycleEvent, CycleState>>;

/** The application layer for cycles over `store`, as the API and the worker build it. */
export function cycleCommands(store: EventStore, options?: CommandHandlerOptions): TestCycleCommands {
  return new CommandHandler(store, cycleDecider, options);
}

/** Drives one cycle through the application layer, as the API does: Temporal is not on the way. */
export function cycleClient(commands: TestCycleCommands, cycleId: string) {
  const run = (command: CycleCommand, actorId = 'chef-1', idempotencyKey?: string): Outcome =>
    commands.execute(cycleStreamId(cycleId), command, {
      actorId,
      actorRoles: ['chefgruppen'],
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    });
  return {
    cycleId,
    run,
    launch(groups: readonly CycleGroupSnapshot[], meetingDate = MEETING_DATE): Outcome {
      return run({ type: 'LaunchCycle', cycleId, theme: 'Tværgående ledelse', meetingDate, groups: [...groups] });
    },
    setAgenda(): Outcome {
      return run({
        type: 'SetAgenda',
        items: [{ title: 'Hvad er tværgående ledelse?' }],
        prepTasks: [{ title: 'Spørg dine medarbejdere' }],
        materials: [{ kind: 'article', title: 'Forskningsartikel' }],
      });
    },
    sendPrep(): Outcome {
      return run({ type: 'SendPrep' });
    },
    recordMeeting(group: CycleGroupSnapshot): Outcome {
      const command: CycleCommand = {
        type: 'RecordMeeting',
        groupId: group.id,
        heldAt: justNow(),
        attendeeIds: [...group.memberIds],
        keyPoints: ['Vi deler viden på tværs'],
        inputToChefgruppen: ['Mere tid til ledelse'],
      };
      return run(command, group.facilitatorId);
    },
    publishSummary(): Outcome {
      return run({ type: 'PublishSummary', text: 'Opsamling' });
    },
    confirmCascade(personId: string, idempotencyKey?: string): Outcome {
      const command: CycleCommand = {
        type: 'ConfirmCascade',
        personId,
        passedOnAt: justNow(),
        channel: 'personalemøde',
      };
      return run(command, personId, idempotencyKey);
    },
    async state(): Promise<CycleState> {
      return (await commands.current(cycleStreamId(cycleId))).state;
    },
  };
}

export type CycleClient = ReturnType<typeof cycleClient>;

/** Launches the cycle and takes it up to a published summary, every group's meeting recorded. */
export async function runToSummary(cycle: CycleClient, groups: readonly CycleGroupSnapshot[]): Promise<void> {
  await cycle.launch(groups);
  await cycle.setAgenda();
  await cycle.sendPrep();
  for (const group of groups) await cycle.recordMeeting(group);
  await cycle.publishSummary();
}
