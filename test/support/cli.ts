import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';
import type { SystemUnderTest } from './system-under-test';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built CLI in its own process, as `npm run cli --` runs it, with exactly the environment given. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  return new Promise((resolve) => {
    const root = repoRoot();
    const child = spawn(
      process.execPath,
      ['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'apps', 'cli', 'src', 'main.js'), ...args],
      { env },
    );
    let [stdout, stderr] = ['', ''];
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The environment that points the CLI at a running system: its API, its data folder, its token secret. */
export function cliEnvFor(system: SystemUnderTest): NodeJS.ProcessEnv {
  return { ...process.env, AUTH_JWT_SECRET: system.secret, DATA_DIR: system.dataDir, API_URL: system.baseUrl };
}
