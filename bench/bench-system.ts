import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtTokens, type Role } from '@ledelsesrum/auth';
import { freePort, repoRoot, startTemporalDevServer, waitForHttp } from '@ledelsesrum/infra';

/** A running system for the benchmark: its API replicas, its data folder (outbox included) and tokens. */
export interface BenchSystem {
  readonly apiUrls: readonly string[];
  readonly dataDir: string;
  readonly outboxDir: string;
  token(sub: string, ...roles: Role[]): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The system exactly as `npm start` runs it, on the embedded defaults (SQLite store, outbox folder, Temporal's dev
 * server persisted in the data folder): `dist/infra/start.js` in a fresh data folder, on free ports. Each process
 * writes its output to `<data folder>/bench.log`.
 */
export async function startEmbeddedSystem(): Promise<BenchSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-bench-'));
  const secret = randomBytes(32).toString('base64url');
  const [port, temporalPort, uiPort] = [await freePort(), await freePort(), await freePort()];
  const start = spawnLogged(dataDir, 'bench', ['-r', './infra/register-paths.js', 'dist/infra/start.js'], {
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(uiPort),
    AUTH_JWT_SECRET: secret,
  });
  const apiUrl = `http://127.0.0.1:${port}/api`;
  await waitForHttp(`${apiUrl}/health`, 120_000);
  return system(dataDir, [apiUrl], secret, async () => stopChild(start));
}

/**
 * Temporal's dev server, one worker and `apiReplicas` API processes on one PostgreSQL event store: what a production
 * set-up with API replicas looks like, on one machine. The replicas share this host's data folder (keys, outbox).
 */
export async function startPostgresSystem(eventStoreUrl: string, apiReplicas = 2): Promise<BenchSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-bench-pg-'));
  const secret = randomBytes(32).toString('base64url');
  const temporal = await startTemporalDevServer({ headless: true, dbFile: join(dataDir, 'temporal.sqlite') });
  const env = {
    DATA_DIR: dataDir,
    AUTH_JWT_SECRET: secret,
    TEMPORAL_ADDRESS: temporal.address,
    EVENT_STORE: 'postgres',
    EVENT_STORE_URL: eventStoreUrl,
  };
  const children: ChildProcess[] = [app(dataDir, 'worker', env)];
  const apiUrls: string[] = [];
  for (let replica = 1; replica <= apiReplicas; replica += 1) {
    const port = await freePort();
    children.push(app(dataDir, `api-${replica}`, { ...env, PORT: String(port) }, 'api'));
    apiUrls.push(`http://127.0.0.1:${port}/api`);
  }
  for (const url of apiUrls) await waitForHttp(`${url}/health`, 120_000);
  return system(dataDir, apiUrls, secret, async () => {
    for (const child of children.reverse()) await stopChild(child);
    await temporal.stop();
  });
}

function system(dataDir: string, apiUrls: string[], secret: string, stop: () => Promise<void>): BenchSystem {
  const tokens = new JwtTokens(secret);
  return {
    apiUrls,
    dataDir,
    outboxDir: join(dataDir, 'outbox'),
    token: (sub, ...roles) => tokens.issue(sub, roles),
    stop,
  };
}

function app(dataDir: string, name: string, env: NodeJS.ProcessEnv, piece = name): ChildProcess {
  return spawnLogged(dataDir, name, ['-r', './infra/register-paths.js', `dist/apps/${piece}/src/main.js`], env);
}

function spawnLogged(dataDir: string, name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const out = openSync(join(dataDir, `${name}.log`), 'a');
  return spawn(process.execPath, args, {
    cwd: repoRoot(),
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
