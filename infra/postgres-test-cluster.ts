import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './temporal-dev-server';

/** How to get PostgreSQL when it is missing; the PostgreSQL tests fail with this text rather than skip. */
export const POSTGRES_INSTALL_HELP = [
  'PostgreSQL blev ikke fundet / PostgreSQL was not found (initdb, pg_ctl).',
  '  Installér / Install: sudo apt-get install -y postgresql   (eller / or, as root: npm run setup)',
  '  eller sæt / or set PG_BIN=/sti/til/postgresql/bin, eller / or POSTGRES_TEST_URL=postgres://user@host:port/db',
].join('\n');

export interface PostgresTestCluster {
  /** postgres://postgres@127.0.0.1:<port>/<database>, trusted without a password (loopback only). */
  readonly url: string;
  stop(): Promise<void>;
}

/** PG_BIN, else the newest /usr/lib/postgresql/<version>/bin that has initdb and pg_ctl; undefined when missing. */
export function findPostgresBin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const hasTools = (dir: string): boolean => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (env['PG_BIN']) return hasTools(env['PG_BIN']) ? env['PG_BIN'] : undefined;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(base, version, 'bin')).find(hasTools);
}

/**
 * A throwaway cluster for one test run: initdb into a fresh temp folder, listening on 127.0.0.1 at a free port with
 * trust authentication for loopback only, its unix socket in that folder and fsync off (the data is thrown away, so
 * durability buys nothing). initdb and postgres refuse to run as root, so as root they run as the `postgres` user,
 * which is given the folder.
 */
export async function startPostgresTestCluster(
  bin: string,
  database = 'ledelsesrum_test',
): Promise<PostgresTestCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'ledelsesrum-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'postgres.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownToPostgres(dir);
  const run = (tool: string, args: string[], options: SpawnSyncOptions = {}): void => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const fullArgs = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    const result = spawnSync(command, fullArgs, { encoding: 'utf8', timeout: 60_000, ...options });
    if (result.status !== 0) {
      const output = `${String(result.stdout ?? '')}${String(result.stderr ?? '')}`.trim();
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-4000) : '';
      throw new Error(
        `${tool} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${output}\n${serverLog}`,
      );
    }
  };

  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  appendFileSync(
    join(data, 'postgresql.conf'),
    [
      `listen_addresses = '127.0.0.1'`,
      `port = ${port}`,
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      // Every test file opens several pools at once, and Jest runs files in parallel.
      'max_connections = 300',
      '',
    ].join('\n'),
  );
  // Replaces initdb's file: trust only over the socket in our folder and over IPv4 loopback, nothing else.
  writeFileSync(join(data, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');

  const stopNow = (mode: 'fast' | 'immediate'): void => {
    spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), [
      ...(asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl')] : []),
      ...['-D', data, '-m', mode, '-w', 'stop'],
    ]);
  };
  // If the run dies without teardown the cluster must not outlive it.
  const onExit = (): void => {
    stopNow('immediate');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', onExit);
  try {
    run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', 'start']);
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${database}"`);
    } finally {
      await client.end();
    }
  } catch (error) {
    process.off('exit', onExit);
    onExit();
    throw error;
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      process.off('exit', onExit);
      stopNow('fast');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function chownToPostgres(dir: string): void {
  const id = (flag: string): number => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const [uid, gid] = [id('-u'), id('-g')];
  if (!Number.isInteger(uid) || uid <= 0) {
    throw new Error(
      'Brugeren postgres findes ikke / There is no postgres user (apt-get install postgresql creates it)',
    );
  }
  chownSync(dir, uid, gid);
}
