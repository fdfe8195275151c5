import { Context } from '@temporalio/activity';
import type { SentMessage } from '@ledelsesrum/domain';
import type { CycleActivities } from '@ledelsesrum/contracts';
import type { EventStore } from '@ledelsesrum/event-store';
import {
  PermanentDeliveryError,
  messageIdFor,
  type Contact,
  type NotificationSender,
} from '@ledelsesrum/notifications';
import type { ContactDirectory } from '../notifications/contact-directory';
import { composeRound } from '../notifications/compose-round';
import { StoredCycles } from './stored-cycles';

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

/** What an attempt tells Temporal as it goes, and a retry (on any worker) reads back. */
interface Progress {
  readonly sentKeys: readonly string[];
}

/**
 * The sendNotices activity: composes one part of a round from the stored cycle and the organisation, sends each
 * message and reports every message for the workflow to record.
 *
 * A retry never sends a message twice: the keys an attempt has sent travel in its heartbeat details, so a retry on
 * another worker skips them, and the sender itself skips a key it has already sent. A message the server refuses for
 * good (a 5xx) is not retried: its recipients are reported as unreachable, and the round goes on.
 */
export function createSendNotices(
  deps: NoticeDependencies,
  cycles: StoredCycles = new StoredCycles(deps.store),
): CycleActivities['sendNotices'] {
  const clock = deps.clock ?? (() => new Date());
  return async ({ cycleId, round, recipientIds }) => {
    const { state: cycle } = await cycles.current(cycleId);
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
    const sentBefore = new Set(previousProgress()?.sentKeys ?? []);
    const sentKeys = [...sentBefore];
    const messages: SentMessage[] = [];
    const refused = new Set<string>();
    for (const { message, ...about } of composed.messages) {
      const key = message.idempotencyKey;
      let messageId = messageIdFor(key);
      if (!sentBefore.has(key)) {
        try {
          ({ messageId } = await deps.sender.send(message));
        } catch (error) {
          if (!(error instanceof PermanentDeliveryError)) throw error;
          about.recipientIds.forEach((id) => refused.add(id));
          continue;
        }
        sentKeys.push(key);
      }
      messages.push({ ...about, idempotencyKey: key, messageId, sentAt: clock().toISOString() });
      heartbeat({ sentKeys });
    }
    return { messages, unreachableIds: [...composed.unreachableIds, ...refused] };
  };
}

function previousProgress(): Progress | undefined {
  return inActivity() ? (Context.current().info.heartbeatDetails as Progress | undefined) : undefined;
}

function heartbeat(progress: Progress): void {
  if (inActivity()) Context.current().heartbeat(progress);
}

/** Plain tests call the activity function directly, outside any activity context. */
function inActivity(): boolean {
  try {
    Context.current();
    return true;
  } catch {
    return false;
  }
}
