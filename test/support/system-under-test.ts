import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtTokens, type Role } from '@ledelsesrum/auth';
import { repoRoot } from '../../infra/repo-root';
import { freePort } from '../../infra/temporal-dev-server';
import { temporalTestAddress } from './temporal-test-env';

type Piece = 'worker' | 'api';

/**
 * The built system as `npm start` runs it — a worker process and an API process from dist/ — against the test
 * run's Temporal dev server, with its own data folder, SQLite store, task queue and JWT secret.
 */
export interface SystemUnderTest {
  readonly baseUrl: string;
  /** The web interface's root (the same port, outside /api). */
  readonly webUrl: string;
  readonly dataDir: string;
  /** The HS256 secret the API verifies tokens with, for tests that craft their own tokens. */
  readonly secret: string;
  token(sub: string, ...roles: Role[]): Promise<string>;
  /** SIGKILL: the process gets no chance to finish anything. */
  kill(piece: Piece): Promise<void>;
  start(piece: Piece): Promise<void>;
  stop(): Promise<void>;
  /** The last lines each process wrote, for failure messages. */
  logs(): string;
}

export interface SystemOptions {
  /** Which processes to start (default both). */
  readonly pieces?: readonly Piece[];
  /** Extra environment for both processes, e.g. a Temporal address where nothing listens. */
  readonly env?: NodeJS.ProcessEnv;
}

export async function startSystem(options: SystemOptions = {}): Promise<SystemUnderTest> {
  const root = repoRoot();
  const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-e2e-'));
  const secret = randomBytes(32).toString('base64url');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    // A developer's own sign-in settings must not change which tokens the system under test accepts.
    ...withoutSignInSettings(process.env),
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_ADDRESS: temporalTestAddress(),
    TEMPORAL_TASK_QUEUE: `e2e-${randomUUID()}`,
    AUTH_JWT_SECRET: secret,
    ...options.env,
  };
  const children = new Map<Piece, ChildProcess>();
  const logFile = (piece: Piece) => join(dataDir, `${piece}.log`);

  const start = async (piece: Piece) => {
    const out = openSync(logFile(piece), 'a');
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'apps', piece, 'src', 'main.js')],
      { env, stdio: ['ignore', out, out] },
    );
    children.set(piece, child);
    await waitForLine(logFile(piece), piece === 'api' ? /API klar/ : /Worker klar/, child);
  };
  const stopPiece = async (piece: Piece, signal: NodeJS.Signals) => {
    const child = children.get(piece);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  const tokens = new JwtTokens(secret);
  const system: SystemUnderTest = {
    baseUrl: `http://127.0.0.1:${port}/api`,
    webUrl: `http://127.0.0.1:${port}`,
    dataDir,
    secret,
    token: (sub, ...roles) => tokens.issue(sub, roles),
    kill: (piece) => stopPiece(piece, 'SIGKILL'),
    start,
    async stop() {
      await stopPiece('api', 'SIGTERM');
      await stopPiece('worker', 'SIGTERM');
    },
    logs: () => (['worker', 'api'] as const).map((piece) => `--- ${piece} ---\n${tail(logFile(piece))}`).join('\n'),
  };
  try {
    for (const piece of options.pieces ?? (['worker', 'api'] as const)) await start(piece);
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

async function waitForLine(file: string, pattern: RegExp, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (pattern.test(tail(file))) return;
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${pattern} did not appear in ${file} within ${timeoutMs / 1000} s`);
}
