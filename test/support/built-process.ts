import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';
import { until } from './until';

/** One built process (dist/apps/<piece>/src/main.js) run with exactly the environment given, plus PATH. */
export interface BuiltProcess {
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves once `pattern` appears in the output; rejects if the process exits first. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Settles with the exit code when the process ends. */
  readonly exited: Promise<number | null>;
  /** SIGTERM; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a built app as an operator would on a bare machine: none of the test run's own settings leak in (no
 * AUTH_JWT_SECRET, no OIDC_*, no TEMPORAL_ADDRESS), so what it does is what its defaults do.
 */
export function startBuilt(piece: 'api' | 'worker' | 'cli', env: NodeJS.ProcessEnv, args: string[] = []): BuiltProcess {
  const root = repoRoot();
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'apps', piece, 'src', 'main.js'), ...args],
    { env: { PATH: process.env['PATH'], ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code;
      if (signal) output += `\n(stopped by ${signal})\n`;
      resolve(code);
    }),
  );
  return {
    output: () => output,
    exited,
    async waitFor(pattern, timeoutMs = 60_000) {
      await until(
        () => {
          if (pattern.test(output)) return true;
          if (exitCode !== undefined) throw new Error(`${piece} exited (${exitCode}) before ${pattern}:\n${output}`);
          return false;
        },
        `${pattern} in the output of ${piece}`,
        timeoutMs,
      );
    },
    async stop() {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
