import { Module } from '@nestjs/common';
import { loadConfig, type AppConfig } from '@ledelsesrum/config';
import { openEventStore } from '@ledelsesrum/event-store';
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
export class WorkerModule {}
