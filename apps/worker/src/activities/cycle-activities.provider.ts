import type { Provider } from '@nestjs/common';
import type { EventStore } from '@ledelsesrum/event-store';
import { EVENT_STORE } from '../tokens';
import { createCycleActivities } from './cycle-activities';

export const CYCLE_ACTIVITIES = Symbol('CYCLE_ACTIVITIES');

export const cycleActivitiesProvider: Provider = {
  provide: CYCLE_ACTIVITIES,
  inject: [EVENT_STORE],
  useFactory: (store: EventStore) => createCycleActivities(store),
};
