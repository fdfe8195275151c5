import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@ledelsesrum/event-store';
import { PostgresEventStore } from '@ledelsesrum/event-store-postgres';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { findPostgresBin, startPostgresTestCluster } from '@ledelsesrum/infra';
import { startEmbeddedSystem, startPostgresSystem, type BenchSystem } from './bench-system';
import { runCycleScenario, type ScenarioFigures } from './cycle-scenario';
import { singleAppendsPerSecond } from './store-appends';

/**
 * `npm run bench`: a 2,500-leader, 150-group cycle over HTTP on the embedded defaults, then on PostgreSQL with two
 * API replicas, each beside the store's own single-event append rate measured in the same run. Not part of
 * `npm test`: it prints figures, and fails only when a confirmation was not answered 2xx or not stored exactly once.
 */
async function main(): Promise<void> {
  // `npm run bench -- --store sqlite` (or postgres) runs one of the two.
  const only = process.argv[process.argv.indexOf('--store') + 1];
  const runs = (store: 'sqlite' | 'postgres') => !process.argv.includes('--store') || only === store;
  const cpu = cpus();
  console.log(`ledelsesrum bench ${new Date().toISOString()}`);
  console.log(
    `Maskine / Machine: ${cpu.length} × ${cpu[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, ` +
      `Node ${process.version}, ${process.platform} ${process.arch}`,
  );
  let correct = true;

  if (runs('sqlite')) {
    console.log('\n== Indlejret / Embedded: npm start (SQLite, one API, one worker, outbox) ==');
    const embedded = await measure(() => startEmbeddedSystem());
    const sqliteAppends = await withStore(
      () => SqliteEventStore.open(join(mkdtempSync(join(tmpdir(), 'ledelsesrum-appends-')), 'events.sqlite')),
      (store) => singleAppendsPerSecond(store),
    );
    correct = report(embedded, sqliteAppends, 'SQLite', true) && correct;
  }

  const bin = findPostgresBin();
  if (!runs('postgres')) {
    // Not asked for.
  } else if (bin === undefined) {
    console.log(
      '\n(PostgreSQL ikke fundet, springes over / PostgreSQL not found, skipped: apt-get install postgresql)',
    );
  } else {
    console.log('\n== PostgreSQL, to API-replikaer / two API replicas, one worker ==');
    const cluster = await startPostgresTestCluster(bin, 'ledelsesrum_bench');
    try {
      const onPostgres = await measure(() => startPostgresSystem(cluster.url, 2));
      const postgresAppends = await withStore(
        () => PostgresEventStore.open(cluster.url),
        (store) => singleAppendsPerSecond(store, 2_000),
      );
      correct = report(onPostgres, postgresAppends, 'PostgreSQL', false) && correct;
    } finally {
      await cluster.stop();
    }
  }
  if (!correct) process.exitCode = 1;
}

async function measure(start: () => Promise<BenchSystem>): Promise<ScenarioFigures> {
  const system = await start();
  try {
    return await runCycleScenario(system, (line) => console.log(line));
  } finally {
    await system.stop();
  }
}

async function withStore<T>(
  open: () => EventStore | Promise<EventStore>,
  use: (store: EventStore) => Promise<T>,
): Promise<T> {
  const store = await open();
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * Prints one run's figures, beside the targets set for the embedded defaults (`withTargets`); false when a
 * confirmation was lost, refused or stored twice.
 */
function report(figures: ScenarioFigures, appendsPerSecond: number, storeName: string, withTargets: boolean): boolean {
  const { confirmations: c, meetings: m } = figures;
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const lines: [string, string, string][] = [
    [
      `bekræftelser / confirmations (${figures.leaders}, 50 ad gangen / at a time)`,
      `${c.perSecond.toFixed(0)}/s  p50 ${ms(c.p50)}  p99 ${ms(c.p99)}  max ${ms(c.max)}`,
      '≥ 1000/s, p99 ≤ 100 ms',
    ],
    [
      '  svaret 2xx / answered 2xx, gemt / stored',
      `${figures.confirmationsAnswered2xx}/${figures.leaders}, ${figures.confirmationsStored} stored, ` +
        `${figures.confirmationsStoredOnce ? 'each exactly once' : 'NOT each exactly once'}`,
      'all, each once',
    ],
    [
      `møder / meetings (${figures.groups}, 20 ad gangen / at a time)`,
      `p50 ${ms(m.p50)}  p99 ${ms(m.p99)}  max ${ms(m.max)}`,
      '',
    ],
    ['forberedelse / prep round in the outbox', `${figures.prepRoundSeconds.toFixed(2)} s`, '≤ 10 s'],
    ['opsamling / summary round in the outbox', `${figures.summaryRoundSeconds.toFixed(2)} s`, '≤ 10 s'],
    ['import → completed', `${figures.importToCompletedSeconds.toFixed(1)} s`, '≤ 30 s'],
    [`${storeName}: enkelt-hændelser / single-event appends`, `${appendsPerSecond.toFixed(0)}/s`, ''],
    ['bekræftelser : appends / confirmations : appends', (c.perSecond / appendsPerSecond).toFixed(2), ''],
  ];
  console.log('');
  for (const [what, figure, target] of lines) {
    const shown = target && (withTargets || target === 'all, each once') ? `mål / target ${target}` : '';
    console.log(`  ${what.padEnd(58)} ${figure.padEnd(44)} ${shown}`.trimEnd());
  }
  return figures.confirmationsAnswered2xx === figures.leaders && figures.confirmationsStoredOnce;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
