import type { GlobalConfig, ProjectConfig } from 'jest';
import { findPostgresBin, POSTGRES_INSTALL_HELP, startPostgresTestCluster } from '../../infra/postgres-test-cluster';
import { startTemporalDevServer } from '../../infra/temporal-dev-server';

/**
 * Where global-setup leaves the stop functions for global-teardown (both run in the parent Jest process). Teardown
 * also clears the addresses it exported, or a second run in watch mode would take them for outside servers and skip.
 */
export const STOP_TEMPORAL_KEY = '__ledelsesrumStopTemporalTestServer';
export const STOP_POSTGRES_KEY = '__ledelsesrumStopPostgresTestCluster';

/**
 * Set instead of POSTGRES_TEST_URL when no PostgreSQL could be found or started: the PostgreSQL tests then fail with
 * this text (how to install it) instead of being skipped, while every other test still runs.
 */
export const POSTGRES_UNAVAILABLE_ENV = 'POSTGRES_TEST_UNAVAILABLE';

type WithStop = typeof globalThis & {
  [STOP_TEMPORAL_KEY]?: () => Promise<void>;
  [STOP_POSTGRES_KEY]?: () => Promise<void>;
};

/**
 * One Temporal dev server (headless, in memory, free port) and one throwaway PostgreSQL cluster for the whole run;
 * tests find them through TEMPORAL_TEST_ADDRESS and POSTGRES_TEST_URL, which the test workers inherit from this
 * process. Either is left alone when its variable is already set. Both start side by side.
 */
export default async function globalSetup(_globalConfig: GlobalConfig, _projectConfig: ProjectConfig): Promise<void> {
  if (onlyUnitProjectSelected(process.argv)) return;
  await Promise.all([setUpTemporal(), setUpPostgres()]);
}

async function setUpTemporal(): Promise<void> {
  if (process.env['TEMPORAL_TEST_ADDRESS']) {
    console.log(`\nTemporal (test): ${process.env['TEMPORAL_TEST_ADDRESS']} (fra / from TEMPORAL_TEST_ADDRESS)`);
    return;
  }
  const server = await startTemporalDevServer({ headless: true });
  process.env['TEMPORAL_TEST_ADDRESS'] = server.address;
  (globalThis as WithStop)[STOP_TEMPORAL_KEY] = server.stop;
  console.log(`\nTemporal dev-server (test): ${server.address}`);
}

async function setUpPostgres(): Promise<void> {
  if (process.env['POSTGRES_TEST_URL']) {
    console.log('\nPostgreSQL (test): fra / from POSTGRES_TEST_URL');
    return;
  }
  const bin = findPostgresBin();
  if (bin === undefined) {
    process.env[POSTGRES_UNAVAILABLE_ENV] = POSTGRES_INSTALL_HELP;
    console.warn(`\n${POSTGRES_INSTALL_HELP}`);
    return;
  }
  try {
    const cluster = await startPostgresTestCluster(bin);
    process.env['POSTGRES_TEST_URL'] = cluster.url;
    (globalThis as WithStop)[STOP_POSTGRES_KEY] = cluster.stop;
    console.log(`\nPostgreSQL (test): ${cluster.url}`);
  } catch (error) {
    // The other tests can still run; the PostgreSQL ones fail with this reason.
    process.env[POSTGRES_UNAVAILABLE_ENV] = `PostgreSQL startede ikke / did not start: ${(error as Error).message}`;
    console.warn(`\n${process.env[POSTGRES_UNAVAILABLE_ENV]}`);
  }
}

/**
 * Jest hands global setup neither the selected projects nor the tests to run, so this reads its command line. Only
 * an explicit `--selectProjects` naming nothing but `unit` skips the servers; anything unclear starts them.
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
