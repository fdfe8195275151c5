import { STOP_TEMPORAL_KEY } from './global-setup';

type WithStop = typeof globalThis & { [STOP_TEMPORAL_KEY]?: () => Promise<void> };

export default async function globalTeardown(): Promise<void> {
  const store = globalThis as WithStop;
  const stop = store[STOP_TEMPORAL_KEY];
  if (stop === undefined) return;
  delete store[STOP_TEMPORAL_KEY];
  delete process.env['TEMPORAL_TEST_ADDRESS'];
  await stop();
}
