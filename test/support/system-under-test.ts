import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fstatSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtTokens, type Role } from '@ledelsesrum/auth';
import { repoRoot } from '../../infra/repo-root';
import { freePort } from '../../infra/temporal-dev-server';
import type { Client } from '@temporalio/client';
import { connectTemporalClient } from '@ledelsesrum/temporal-client';
import { temporalTestAddress, testPayloadKeys } from './temporal-test-env';

type Piece = 'worker' | 'api';

/**
 * The built system as `npm start` runs it — a worker process and an API process from dist/, or several of each (see
 * `replicas`) — against the test run's Temporal dev server, with its own data folder, SQLite store, task queue and
 * JWT secret.
 */
export interface SystemUnderTest {
  readonly baseUrl: string;
  /** The web interface's root (the same port, outside /api). */
  readonly webUrl: string;
  readonly dataDir: string;
  /** The Temporal task queue the workers poll. */
  readonly taskQueue: string;
  /** The HS256 secret the API verifies tokens with, for tests that craft their own tokens. */
  readonly secret: string;
  token(sub: string, ...roles: Role[]): Promise<string>;
  /** Every API replica's base URL, in replica order: the first is `baseUrl`. */
  readonly baseUrls: readonly string[];
  /** SIGKILL: the process (of the first replica unless `replica` says) gets no chance to finish anything. */
  kill(piece: Piece, replica?: number): Promise<void>;
  start(piece: Piece, replica?: number): Promise<void>;
  /** The process ids of the running replicas of `piece`, in replica order (a Temporal worker's identity names it). */
  pids(piece: Piece): number[];
  stop(): Promise<void>;
  /** The last lines each process wrote, for failure messages. */
  logs(): string;
  /** A client of the test Temporal server that reads the system's payloads with its key; the caller closes it. */
  temporalClient(): Client;
}

export interface SystemOptions {
  /** Which processes to start (default both). */
  readonly pieces?: readonly Piece[];
  /** Extra environment for every process, e.g. a Temporal address where nothing listens. */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * How many processes of each piece (default one each). Replicas share everything — data folder, task queue, JWT
   * secret, store — except that each API listens on a port of its own.
   */
  readonly replicas?: { readonly api?: number; readonly worker?: number };
  /**
   * Gives every process a data folder of its own (`<dataDir>/<process>`), as replicas on separate hosts have: then
   * nothing but the configured services (store, keys, sent log, Temporal) connects them.
   */
  readonly dataDirPerProcess?: boolean;
}

export async function startSystem(options: SystemOptions = {}): Promise<SystemUnderTest> {
  const root = repoRoot();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-e2e-'));
  const secret = randomBytes(32).toString('base64url');
  const replicas: Record<Piece, number> = { worker: options.replicas?.worker ?? 1, api: options.replicas?.api ?? 1 };
  const ports: number[] = [];
  while (ports.length < replicas.api) {
    const port = await freePort();
    if (!ports.includes(port)) ports.push(port);
  }
  const taskQueue = `e2e-${randomUUID()}`;
  // One payload key for every process, as replicas on several hosts are configured.
  const payloadKeys = testPayloadKeys();
  const env: NodeJS.ProcessEnv = {
    // A developer's own sign-in settings must not change which tokens the system under test accepts.
    ...withoutSignInSettings(process.env),
    DATA_DIR: dataDir,
    PORT: String(ports[0]),
    TEMPORAL_ADDRESS: temporalTestAddress(),
    TEMPORAL_TASK_QUEUE: taskQueue,
    AUTH_JWT_SECRET: secret,
    TEMPORAL_PAYLOAD_KEYS: payloadKeys.env,
    ...options.env,
  };
  const children = new Map<string, ChildProcess>();
  /** The first replica keeps the plain name (api.log, worker.log); the others are api-2, worker-2, ... */
  const name = (piece: Piece, replica: number) => (replica === 0 ? piece : `${piece}-${replica + 1}`);
  const logFile = (processName: string) => join(dataDir, `${processName}.log`);
  const names = () =>
    (['worker', 'api'] as const).flatMap((piece) =>
      Array.from({ length: replicas[piece] }, (_, replica) => name(piece, replica)),
    );

  const start = async (piece: Piece, replica = 0) => {
    const processName = name(piece, replica);
    const out = openSync(logFile(processName), 'a');
    // A restarted process appends to its log: only what this start writes may say it is ready.
    const startsAt = fstatSync(out).size;
    // The first API takes PORT from `env` (a test may set its own); every other one listens on a port of its own.
    const own = {
      ...(piece === 'api' && replica > 0 ? { PORT: String(ports[replica]) } : {}),
      ...(options.dataDirPerProcess ? { DATA_DIR: join(dataDir, processName) } : {}),
    };
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'apps', piece, 'src', 'main.js')],
      { env: { ...env, ...own }, stdio: ['ignore', out, out] },
    );
    children.set(processName, child);
    await waitForLine(logFile(processName), startsAt, piece === 'api' ? /API klar/ : /Worker klar/, child);
  };
  const stopProcess = async (processName: string, signal: NodeJS.Signals) => {
    const child = children.get(processName);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  const tokens = new JwtTokens(secret);
  const system: SystemUnderTest = {
    baseUrl: `http://127.0.0.1:${ports[0]}/api`,
    baseUrls: ports.map((port) => `http://127.0.0.1:${port}/api`),
    webUrl: `http://127.0.0.1:${ports[0]}`,
    dataDir,
    taskQueue,
    secret,
    token: (sub, ...roles) => tokens.issue(sub, roles),
    kill: (piece, replica = 0) => stopProcess(name(piece, replica), 'SIGKILL'),
    start,
    pids: (piece) =>
      Array.from({ length: replicas[piece] }, (_, replica) => children.get(name(piece, replica))?.pid).filter(
        (pid): pid is number => pid !== undefined,
      ),
    async stop() {
      for (const processName of names().reverse()) await stopProcess(processName, 'SIGTERM');
    },
    temporalClient: () => connectTemporalClient({ address: temporalTestAddress(), payloadCodec: payloadKeys.codec }),
    logs: () =>
      names()
        .map((processName) => `--- ${processName} ---\n${tail(logFile(processName))}`)
        .join('\n'),
  };
  try {
    for (const piece of options.pieces ?? (['worker', 'api'] as const)) {
      for (let replica = 0; replica < replicas[piece]; replica += 1) await start(piece, replica);
    }
  } catch (error) {
    await system.stop();
    throw new Error(`${(error as Error).message}\n${system.logs()}`);
  }
  return system;
}

function withoutSignInSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(OIDC_|AUTH_DEV_TOKENS$)/.test(name)));
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
  } catch {
    return '(ingen log / no log)';
  }
}

/** Waits for `pattern` in what `file` gained after byte `from`. */
async function waitForLine(
  file: string,
  from: number,
  pattern: RegExp,
  child: ChildProcess,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pattern.test(readFileSync(file).subarray(from).toString('utf8'))) return;
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${pattern} did not appear in ${file} within ${timeoutMs / 1000} s`);
}
