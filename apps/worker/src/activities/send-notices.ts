import { Context } from '@temporalio/activity';
import { cycleStreamId, foldCycle, type CycleEvent, type SentMessage } from '@ledelsesrum/domain';
import type { CycleActivities } from '@ledelsesrum/contracts';
import type { EventStore } from '@ledelsesrum/event-store';
import type { Contact, NotificationSender } from '@ledelsesrum/notifications';
import type { ContactDirectory } from '../notifications/contact-directory';
import { composeRound } from '../notifications/compose-round';

export interface NoticeDependencies {
  readonly store: EventStore;
  readonly directory: ContactDirectory;
  readonly sender: NotificationSender;
  /** The personal confirmation link for a leader in a cycle, valid from `now`. */
  readonly confirmUrl: (cycleId: string, personId: string, now: Date) => Promise<string>;
  readonly chefgruppen: readonly string[];
  readonly fallbackOrganizer: Contact;
  readonly clock?: () => Date;
}

/**
 * The sendNotices activity: composes one part of a round from the stored cycle and the organisation, sends each
 * message (the sender skips a key it already sent, so a retry after a crash sends only the rest) and reports every
 * message for the workflow to record. Heartbeats per message, so a stuck mail server shows as a timed-out attempt.
 */
export function createSendNotices(deps: NoticeDependencies): CycleActivities['sendNotices'] {
  const clock = deps.clock ?? (() => new Date());
  return async ({ cycleId, round, recipientIds }) => {
    const cycle = foldCycle((await deps.store.readStream(cycleStreamId(cycleId))) as unknown as CycleEvent[]);
    if (cycle.status !== 'launched') throw new Error(`Cycle ${cycleId} has not been launched`);
    const now = clock();
    const composed = await composeRound({
      cycle,
      round,
      recipientIds,
      directory: await deps.directory.load(),
      confirmUrl: (personId) => deps.confirmUrl(cycleId, personId, now),
      chefgruppen: deps.chefgruppen,
      fallbackOrganizer: deps.fallbackOrganizer,
      now: now.toISOString(),
    });
    const messages: SentMessage[] = [];
    for (const { message, ...about } of composed.messages) {
      const { messageId } = await deps.sender.send(message);
      messages.push({ ...about, idempotencyKey: message.idempotencyKey, messageId, sentAt: clock().toISOString() });
      heartbeat(messages.length);
    }
    return { messages, unreachableIds: composed.unreachableIds };
  };
}

/** Outside an activity (a plain unit test) there is nobody to tell. */
function heartbeat(sent: number): void {
  try {
    Context.current().heartbeat(sent);
  } catch {
    // Not running as an activity.
  }
}
