import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import { ORGANISATION_STREAM } from '@ledelsesrum/domain';
import type { EventStore, Subscription } from '@ledelsesrum/event-store';
import { OutboxSender, type NotificationSender } from '@ledelsesrum/notifications';
import { APP_CONFIG, EVENT_STORE, NOTIFICATION_SENDER } from '../tokens';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps the outbox from holding personal data longer than it must: files past OUTBOX_RETENTION_DAYS are removed at
 * start and then daily, and an erased person's files are removed when the erasure is recorded — followed in the store,
 * so it works wherever the erasure was made, and swept at start for erasures made while the worker was down.
 */
@Injectable()
export class OutboxUpkeepService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('outbox');
  private timer?: NodeJS.Timeout;
  private erasures?: Subscription;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NOTIFICATION_SENDER) private readonly sender: NotificationSender,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(this.sender instanceof OutboxSender)) return;
    const outbox = this.sender;
    this.erasures = await this.store.subscribeToAll({
      afterPosition: await this.store.headPosition(),
      onEvent: async (event) => {
        if (event.type === 'PersonalDataErased') await this.removeAbout(outbox, [(event.data as { id: string }).id]);
      },
      onError: (error) => this.logger.error(`Sletninger følges ikke / Erasures are not followed: ${String(error)}`),
    });
    const erased = (await this.store.readStream(ORGANISATION_STREAM))
      .filter((event) => event.type === 'PersonalDataErased')
      .map((event) => (event.data as { id: string }).id);
    await this.removeAbout(outbox, erased);
    await this.removeExpired(outbox);
    this.timer = setInterval(() => void this.removeExpired(outbox), DAY_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.erasures?.stop();
  }

  private async removeAbout(outbox: OutboxSender, personIds: readonly string[]): Promise<void> {
    try {
      const removed = await outbox.removeAbout(new Set(personIds));
      // A count only: the log never names the person.
      if (removed > 0) {
        this.logger.log(`${removed} beskeder til/om slettede personer fjernet / messages about erased people removed`);
      }
    } catch (error) {
      this.logger.error(
        `Slettedes beskeder blev ikke fjernet / Erased people's messages were not removed: ${String(error)}`,
      );
    }
  }

  private async removeExpired(outbox: OutboxSender): Promise<void> {
    const days = this.config.notifications.outboxRetentionDays;
    try {
      const removed = await outbox.removeSentBefore(new Date(Date.now() - days * DAY_MS));
      if (removed > 0)
        this.logger.log(
          `${removed} beskeder ældre end ${days} dage fjernet / messages older than ${days} days removed`,
        );
    } catch (error) {
      this.logger.error(`Udbakken blev ikke ryddet / The outbox was not cleared: ${String(error)}`);
    }
  }
}
