import { POSTGRES_UNAVAILABLE_ENV, STOP_POSTGRES_KEY, STOP_TEMPORAL_KEY } from './global-setup';

type WithStop = typeof globalThis & {
  [STOP_TEMPORAL_KEY]?: () => Promise<void>;
  [STOP_POSTGRES_KEY]?: () => Promise<void>;
};

/** Stops what global-setup started, and forgets the variables it exported (see STOP_TEMPORAL_KEY). */
export default async function globalTeardown(): Promise<void> {
  delete process.env[POSTGRES_UNAVAILABLE_ENV];
  await Promise.all([stop(STOP_TEMPORAL_KEY, 'TEMPORAL_TEST_ADDRESS'), stop(STOP_POSTGRES_KEY, 'POSTGRES_TEST_URL')]);
}

async function stop(key: typeof STOP_TEMPORAL_KEY | typeof STOP_POSTGRES_KEY, variable: string): Promise<void> {
  const store = globalThis as WithStop;
  const stopServer = store[key];
  if (stopServer === undefined) return;
  delete store[key];
  delete process.env[variable];
  await stopServer();
}
