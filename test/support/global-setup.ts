import type { GlobalConfig, ProjectConfig } from 'jest';
import { startTemporalDevServer } from '../../infra/temporal-dev-server';

/**
 * Where global-setup leaves the stop function for global-teardown (both run in the parent Jest process). Teardown
 * also clears TEMPORAL_TEST_ADDRESS, or a second run in watch mode would take it for an outside server and skip.
 */
export const STOP_TEMPORAL_KEY = '__ledelsesrumStopTemporalTestServer';

type WithStop = typeof globalThis & { [STOP_TEMPORAL_KEY]?: () => Promise<void> };

/**
 * One Temporal dev server (headless, in memory, free port) for the whole run; tests find it through
 * TEMPORAL_TEST_ADDRESS, which the test workers inherit from this process.
 */
export default async function globalSetup(_globalConfig: GlobalConfig, _projectConfig: ProjectConfig): Promise<void> {
  if (process.env['TEMPORAL_TEST_ADDRESS']) {
    console.log(`\nTemporal (test): ${process.env['TEMPORAL_TEST_ADDRESS']} (fra / from TEMPORAL_TEST_ADDRESS)`);
    return;
  }
  if (onlyUnitProjectSelected(process.argv)) return;
  const server = await startTemporalDevServer({ headless: true });
  process.env['TEMPORAL_TEST_ADDRESS'] = server.address;
  (globalThis as WithStop)[STOP_TEMPORAL_KEY] = server.stop;
  console.log(`\nTemporal dev-server (test): ${server.address}`);
}

/**
 * Jest hands global setup neither the selected projects nor the tests to run, so this reads its command line. Only
 * an explicit `--selectProjects` naming nothing but `unit` skips the server; anything unclear starts it.
 */
export function onlyUnitProjectSelected(argv: readonly string[]): boolean {
  const selected: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--selectProjects=')) {
      selected.push(...arg.slice('--selectProjects='.length).split(','));
    } else if (arg === '--selectProjects') {
      while (i + 1 < argv.length && !(argv[i + 1] ?? '-').startsWith('-')) selected.push(argv[++i] ?? '');
    }
  }
  return selected.length > 0 && selected.every((name) => name === 'unit');
}
