import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';

/** What `npm start` runs after its build: the Temporal dev server, the worker and the API, under one data folder. */
export async function npmStart(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  const root = repoRoot();
  const child = spawn(
    process.execPath,
    ['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'infra', 'start.js')],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (output.includes('Stop med / Stop with Ctrl-C')) return resolve();
      if (child.exitCode !== null) return reject(new Error(`npm start exited early:\n${output}`));
      setTimeout(check, 200);
    };
    check();
  });
  return { child, output: () => output };
}

/** Ctrl-C, as a person at the terminal would; resolves with the exit code. */
export async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}
