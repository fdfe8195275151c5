import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { ExitStatus } from './temporal-dev-server';

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** Settles when the process has ended, for whatever reason. */
  readonly exited: Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL after the grace period; resolves once the process is gone. */
  stop(graceMs?: number): Promise<ExitStatus>;
}

/**
 * Spawns a child whose every output line is prefixed with `[name]`. The child gets its own process group so a
 * Ctrl-C in the terminal reaches only us and we decide the shutdown order; a process 'exit' hook kills it if we
 * go away without stopping it.
 */
export function spawnWithPrefix(
  name: string,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): ManagedProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const prefix = `[${name}] `;
  if (child.stdout) createInterface({ input: child.stdout }).on('line', (l) => process.stdout.write(prefix + l + '\n'));
  if (child.stderr) createInterface({ input: child.stderr }).on('line', (l) => process.stderr.write(prefix + l + '\n'));

  let status: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`${prefix}${error.message}\n`);
      resolve((status ??= { code: null, signal: null }));
    });
    child.on('exit', (code, signal) => resolve((status = { code, signal })));
  });
  const killOnExit = (): void => signalGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  let stopping: Promise<ExitStatus> | undefined;
  const stop = (graceMs = 10_000): Promise<ExitStatus> =>
    (stopping ??= (async () => {
      if (status !== undefined) return status;
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    })());
  return { name, child, exited, stop };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone: nothing to signal.
  }
}

export function describeExit({ code, signal }: ExitStatus): string {
  return signal !== null ? `signal ${signal}` : `exit code ${code ?? 'ukendt / unknown'}`;
}

/** Polls a URL until it answers 2xx; rejects after the deadline with the last failure in the message. */
export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = 'ingen svar / no answer';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      // fetch() says only "fetch failed"; the cause holds the useful part (ECONNREFUSED and the like).
      const { message, cause } = error as Error & { cause?: { message?: string } };
      lastError = cause?.message ?? message;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${url} svarede ikke inden / did not answer within ${timeoutMs / 1000} s (${lastError})`);
}
