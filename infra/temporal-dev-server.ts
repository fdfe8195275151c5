import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { dirname } from 'node:path';
import { Connection } from '@temporalio/client';
import { findTemporalCli } from './temporal-cli';

export interface TemporalDevServerOptions {
  /** SQLite file for Temporal's own state; omitted means in-memory (lost when the server stops). */
  dbFile?: string;
  /** gRPC frontend port; omitted means a free port. */
  port?: number;
  /** Web UI port; omitted means Temporal's default (port + 1000), or a free port when `port` was omitted too. */
  uiPort?: number;
  headless?: boolean;
  namespace?: string;
  /** Server output is appended here; omitted means it is only kept in memory for error messages. */
  logFile?: string;
  /**
   * Run the server in its own process group, so a Ctrl-C in the terminal reaches only our process and we can stop
   * the pieces in order (API, worker, then Temporal). Off by default: without it a Ctrl-C that kills us outright
   * (e.g. Jest) still takes the server down with it.
   */
  ownProcessGroup?: boolean;
}

export interface ExitStatus {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface TemporalDevServer {
  /** host:port of the gRPC frontend, for `Connection.connect({ address })` and TEMPORAL_ADDRESS. */
  address: string;
  uiUrl?: string;
  /** Settles when the server process ends, for whatever reason. */
  exited: Promise<ExitStatus>;
  stop(): Promise<void>;
  /** SIGKILL, as a crash would: no chance to finish anything. Resolves once the process is gone. */
  kill(): Promise<void>;
}

const HOST = '127.0.0.1';
const READY_DEADLINE_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const TAIL_BYTES = 8_000;

export async function startTemporalDevServer(options: TemporalDevServerOptions = {}): Promise<TemporalDevServer> {
  const cli = findTemporalCli();
  const namespace = options.namespace ?? 'default';
  const port = options.port ?? (await freePort());
  // Checked up front: if another server holds the port, our readiness probe would happily talk to that one.
  if (!(await isPortFree(port))) {
    throw new Error(
      `Port ${port} er optaget (kører Temporal allerede?) / Port ${port} is in use (is Temporal already running?)`,
    );
  }
  const args = ['server', 'start-dev', '--ip', HOST, '--port', String(port)];
  let uiUrl: string | undefined;
  if (options.headless) {
    args.push('--headless');
  } else {
    const uiPort = options.uiPort ?? (options.port === undefined ? await freePort() : port + 1000);
    // Said outright rather than left to the CLI's default (the same as --ip): the UI can start and stop any workflow.
    args.push('--ui-ip', HOST, '--ui-port', String(uiPort));
    uiUrl = `http://localhost:${uiPort}`;
  }
  if (options.dbFile !== undefined) {
    mkdirSync(dirname(options.dbFile), { recursive: true, mode: 0o700 });
    args.push('--db-filename', options.dbFile);
  }
  args.push('--log-level', 'warn', '--namespace', namespace);

  let log: WriteStream | undefined;
  if (options.logFile !== undefined) {
    mkdirSync(dirname(options.logFile), { recursive: true, mode: 0o700 });
    log = createWriteStream(options.logFile, { flags: 'a', mode: 0o600 });
    // A full disk must not crash the process that owns the server; the output then just goes unrecorded.
    log.on('error', () => undefined);
    log.write(`\n--- ${new Date().toISOString()} ${cli} ${args.join(' ')}\n`);
  }

  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: options.ownProcessGroup === true });
  let tail = '';
  const collect = (chunk: Buffer): void => {
    if (log !== undefined && !log.writableEnded) log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let exitStatus: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.on('error', (error) => {
      collect(Buffer.from(`${error.message}\n`));
      exitStatus ??= { code: null, signal: null };
      resolve(exitStatus);
    });
    child.on('exit', (code, signal) => {
      exitStatus = { code, signal };
      resolve(exitStatus);
    });
  });
  const killOnExit = (): void => killProcess(child, 'SIGKILL', options.ownProcessGroup === true);
  process.on('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));
  // 'close' rather than 'exit': output can still arrive after the exit, until the pipes are drained.
  child.on('close', () => log?.end());

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      if (exitStatus !== undefined) return;
      killProcess(child, 'SIGTERM', options.ownProcessGroup === true);
      const timer = setTimeout(() => killProcess(child, 'SIGKILL', options.ownProcessGroup === true), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })());

  const address = `${HOST}:${port}`;
  try {
    await waitUntilReady(address, port, namespace, () => exitStatus);
  } catch (error) {
    await stop();
    const reason = exitStatus?.signal ?? exitStatus?.code;
    const output = tail.trim() === '' ? '(intet output / no output)' : tail.trim();
    throw new Error(
      `Temporal dev-serveren startede ikke / The Temporal dev server did not start (${(error as Error).message}; ` +
        `exit: ${reason ?? 'n/a'}).\n${cli} ${args.join(' ')}\n--- output ---\n${output}`,
    );
  }
  const kill = async (): Promise<void> => {
    killProcess(child, 'SIGKILL', options.ownProcessGroup === true);
    await exited;
  };
  return { address, uiUrl, exited, stop, kill };
}

/** Polls until the frontend answers and the namespace can be described, i.e. clients can really start work. */
async function waitUntilReady(
  address: string,
  port: number,
  namespace: string,
  exitStatus: () => ExitStatus | undefined,
): Promise<void> {
  const deadline = Date.now() + READY_DEADLINE_MS;
  let lastError = 'timeout';
  while (Date.now() < deadline) {
    if (exitStatus() !== undefined) throw new Error('processen stoppede / the process exited');
    // A cheap TCP check first: a gRPC connect to a closed port would sit out its whole connect timeout.
    if (await canConnect(port)) {
      try {
        const connection = await Connection.connect({ address, connectTimeout: '2s' });
        try {
          await connection.workflowService.describeNamespace({ namespace });
          return;
        } finally {
          await connection.close();
        }
      } catch (error) {
        lastError = (error as Error).message;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`svarede ikke inden / did not answer within ${READY_DEADLINE_MS / 1000} s: ${lastError}`);
}

function killProcess(child: ChildProcess, signal: NodeJS.Signals, wholeGroup: boolean): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (wholeGroup) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone: nothing to stop.
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, HOST, () => server.close(() => resolve(true)));
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: HOST, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
