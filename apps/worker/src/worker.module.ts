import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@ledelsesrum/config';
import { openEventStore, type EventStore } from '@ledelsesrum/event-store';
import { cycleActivitiesProvider } from './activities/cycle-activities.provider';
import { TemporalWorkerService } from './temporal-worker.service';
import { APP_CONFIG, EVENT_STORE } from './tokens';

@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    {
      provide: EVENT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => openEventStore(config.eventStore),
    },
    cycleActivitiesProvider,
    TemporalWorkerService,
  ],
})
export class WorkerModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Runs after the worker has drained (TemporalWorkerService.beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
