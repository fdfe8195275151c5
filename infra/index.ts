// What tooling outside infra/ (the benchmark) uses of it: starting Temporal's dev server, PostgreSQL and processes.
export { waitForHttp } from './processes';
export { findPostgresBin, startPostgresTestCluster } from './postgres-test-cluster';
export { repoRoot } from './repo-root';
export { freePort, startTemporalDevServer } from './temporal-dev-server';
