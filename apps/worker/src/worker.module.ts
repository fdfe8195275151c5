import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import { openEventStore } from '@ledelsesrum/event-store-open';
import type { NotificationSender } from '@ledelsesrum/notifications';
import {
  PersonalDataVault,
  forgetErasedKeys,
  openPersonKeyStore,
  type PersonKeyStore,
} from '@ledelsesrum/personal-data';
import { cycleActivitiesProvider } from './activities/cycle-activities.provider';
import { notificationSenderProvider } from './notifications/notification-sender.provider';
import { OutboxUpkeepService } from './notifications/outbox-upkeep.service';
import { TemporalWorkerService } from './temporal-worker.service';
import { WakeUpService } from './wake-ups/wake-up.service';
import { APP_CONFIG, EVENT_STORE, NOTIFICATION_SENDER, PERSONAL_DATA_VAULT } from './tokens';

const PERSON_KEY_STORE = Symbol('PERSON_KEY_STORE');

@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openEventStore(config.eventStore),
    },
    {
      provide: PERSON_KEY_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openPersonKeyStore(config.personalDataKeys),
    },
    {
      provide: PERSONAL_DATA_VAULT,
      inject: [PERSON_KEY_STORE, EVENT_STORE],
      useFactory: async (keys: PersonKeyStore, store: EventStore) => {
        const vault = new PersonalDataVault(keys);
        // Stopped with the store's other subscriptions when the store closes.
        await forgetErasedKeys(store, vault);
        return vault;
      },
    },
    notificationSenderProvider,
    cycleActivitiesProvider,
    TemporalWorkerService,
    WakeUpService,
    OutboxUpkeepService,
  ],
})
export class WorkerModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PERSON_KEY_STORE) private readonly keys: PersonKeyStore,
    @Inject(NOTIFICATION_SENDER) private readonly sender: NotificationSender,
  ) {}

  /** Runs after the worker has drained (TemporalWorkerService.beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    await this.sender.close();
    await this.keys.close();
    await this.store.close();
  }
}
