import { Context } from '@temporalio/activity';
import { systemOrigin } from '@ledelsesrum/application';
import type { CycleProcessActivities, RoundTally } from '@ledelsesrum/contracts';
import { DomainErrorCode, cycleStreamId, isDomainError, isRoundDone, type SentMessage } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import {
  PermanentDeliveryError,
  messageIdFor,
  type Contact,
  type NotificationSender,
} from '@ledelsesrum/notifications';
import type { ContactDirectory } from '../notifications/contact-directory';
import { composeRound } from '../notifications/compose-round';
import { composeStaffSummaries, type StaffSummarySource } from '../notifications/compose-staff-summaries';
import { forEachConcurrently } from './for-each-concurrently';
import { inActivity, workflowRun } from './activity-context';
import { createCycleCommands, type CycleCommands } from './cycle-commands';

export interface NoticeDependencies {
  readonly store: EventStore;
  /** The application layer for cycles; one is made over `store` when absent. */
  readonly cycles?: CycleCommands;
  readonly directory: ContactDirectory;
  readonly sender: NotificationSender;
  /** The personal confirmation link for a leader in a cycle, valid from `now`. */
  readonly confirmUrl: (cycleId: string, personId: string, now: Date) => Promise<string>;
  readonly chefgruppen: readonly string[];
  readonly fallbackOrganizer: Contact;
  /** The published summaries for the distribution lists; without it, the summary goes to the leaders only. */
  readonly staffSummaries?: StaffSummarySource;
  readonly clock?: () => Date;
}

/** What an attempt tells Temporal as it goes, and a retry (on any worker) reads back. */
interface Progress {
  readonly sentKeys: readonly string[];
}

const NOTHING: RoundTally = { messageCount: 0, unreachableIds: [] };

/**
 * The sendRoundPart activity: composes one part of a round from the stored cycle and the organisation, sends each
 * message, and records them all (with the round's completion on its last part) through the application layer.
 *
 * Nothing is sent or recorded twice. The keys an attempt has sent travel in its heartbeat details, so a retry on
 * another worker skips them, and the sender itself skips a key it has already sent. The part is recorded under the
 * key `notices:<round>:<part>`, so a retry after the record stores nothing new. A message the server refuses for good
 * (a 5xx) is not retried: its recipients are reported as unreachable, and the round goes on. The summary round's
 * first part also carries the message to each distribution list, so that each list gets it once, however many parts.
 */
export function createSendRoundPart(
  deps: NoticeDependencies,
  cycles: CycleCommands = createCycleCommands(deps.store),
): CycleProcessActivities['sendRoundPart'] {
  const clock = deps.clock ?? (() => new Date());
  return async ({ cycleId, round, part, recipientIds, completes }) => {
    const streamId = cycleStreamId(cycleId);
    const { state: cycle } = await cycles.current(streamId);
    if (cycle.status !== 'launched') throw new Error(`Cycle ${cycleId} has not been launched`);
    if (isRoundDone(cycle.notices, round)) return NOTHING;
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
    const toLists =
      round === 'summary' && part === 0 && deps.staffSummaries
        ? await composeStaffSummaries(cycle, deps.staffSummaries)
        : [];
    const outgoing = [...composed.messages, ...toLists];
    const sentBefore = new Set(previousProgress()?.sentKeys ?? []);
    const sentKeys = [...sentBefore];
    /** In the order they were composed, whatever order the sends finish in; undefined for a refused one. */
    const sent: (SentMessage | undefined)[] = [];
    const refused = new Set<string>();
    await forEachConcurrently(outgoing, deps.sender.concurrency ?? 1, async ({ message, ...about }, index) => {
      const key = message.idempotencyKey;
      let messageId = messageIdFor(key);
      if (!sentBefore.has(key)) {
        try {
          ({ messageId } = await deps.sender.send(message));
        } catch (error) {
          if (!(error instanceof PermanentDeliveryError)) throw error;
          about.recipientIds.forEach((id) => refused.add(id));
          return;
        }
        sentKeys.push(key);
      }
      sent[index] = { ...about, idempotencyKey: key, messageId, sentAt: clock().toISOString() };
      heartbeat({ sentKeys });
    });
    const messages = sent.filter((message): message is SentMessage => message !== undefined);
    const tally: RoundTally = {
      messageCount: messages.length,
      unreachableIds: [...composed.unreachableIds, ...refused],
    };
    try {
      await cycles.execute(
        streamId,
        {
          type: 'RecordNotifications',
          round,
          messages,
          ...(completes === undefined
            ? {}
            : {
                completes: {
                  messageCount: completes.messageCount + tally.messageCount,
                  unreachableIds: [...completes.unreachableIds, ...tally.unreachableIds],
                },
              }),
        },
        systemOrigin(`notices:${round}:${part}`, workflowRun()),
      );
    } catch (error) {
      // Another run of the process completed the round meanwhile: it is done, whoever recorded it.
      if (!(isDomainError(error) && error.code === DomainErrorCode.NoticeRoundAlreadyCompleted)) throw error;
    }
    return tally;
  };
}

function previousProgress(): Progress | undefined {
  return inActivity() ? (Context.current().info.heartbeatDetails as Progress | undefined) : undefined;
}

function heartbeat(progress: Progress): void {
  if (inActivity()) Context.current().heartbeat(progress);
}
