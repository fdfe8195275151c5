import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtTokens, resolveJwtSecret } from '@ledelsesrum/auth';
import { freePort } from '../../infra/temporal-dev-server';
import { startBuilt, type BuiltProcess } from '../support/built-process';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { temporalTestAddress } from '../support/temporal-test-env';
import { until } from '../support/until';

jest.setTimeout(120_000);

/** Made owner-only by the notifications' own code, and checked by its own tests. */
const SKIPPED = ['outbox'];

/** Every path under `folder` (outbox skipped) with its permission bits, folders first. */
function modes(folder: string, prefix = ''): { path: string; kind: 'folder' | 'file'; mode: string }[] {
  return readdirSync(folder)
    .filter((name) => !(prefix === '' && SKIPPED.includes(name)))
    .flatMap((name) => {
      const path = join(folder, name);
      const stat = lstatSync(path);
      const entry = { path: `${prefix}${name}`, mode: (stat.mode & 0o777).toString(8) };
      return stat.isDirectory()
        ? [{ ...entry, kind: 'folder' as const }, ...modes(path, `${prefix}${name}/`)]
        : [{ ...entry, kind: 'file' as const }];
    });
}

describe('file modes in the data folder', () => {
  it('after the built API and worker ran on a fresh data folder: the folder 0700, every file in it 0600', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-modes-')), 'data');
    const port = await freePort();
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      TEMPORAL_ADDRESS: temporalTestAddress(),
      TEMPORAL_TASK_QUEUE: `modes-${randomUUID()}`,
    };
    const running: BuiltProcess[] = [];
    try {
      const worker = startBuilt('worker', env);
      running.push(worker);
      await worker.waitFor(/Worker klar/);
      const api = startBuilt('api', env);
      running.push(api);
      await api.waitFor(/API klar/);
      // Events for the worker to follow, so it writes its wake-up checkpoint.
      const chef = await new JwtTokens(resolveJwtSecret(undefined, dataDir)).issue('chef-1', ['chefgruppen']);
      const put = await apiClient(`http://127.0.0.1:${port}/api`)('PUT', '/organisation', {
        token: chef,
        body: organisationFixture(1, 2),
      });
      expect(put.status).toBe(200);
      await until(() => existsSync(join(dataDir, 'wake-up-checkpoint.json')), 'the wake-up checkpoint');
    } finally {
      for (const process of running.reverse()) await process.stop();
    }

    const found = modes(dataDir);
    expect(found.map((entry) => entry.path)).toEqual(
      expect.arrayContaining(['events.sqlite', 'personal-data-keys.sqlite', 'jwt-secret', 'wake-up-checkpoint.json']),
    );
    expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    expect(found.filter((entry) => entry.mode !== (entry.kind === 'folder' ? '700' : '600'))).toEqual([]);
  });

  it('tightens an existing data folder that other users could read, and says so', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-modes-'));
    chmodSync(dataDir, 0o755);
    const api = startBuilt('api', { DATA_DIR: dataDir, PORT: String(await freePort()) });
    try {
      await api.waitFor(/API klar/);
    } finally {
      await api.stop();
    }

    expect((lstatSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    expect(api.output()).toContain(`Datamappen ${dataDir} kunne læses af andre brugere (755); nu kun af ejeren (700)`);
  });

  it('gives every CLI started at once on a fresh data folder the same generated secret', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-modes-')), 'data');
    const clis = Array.from({ length: 6 }, (_, index) =>
      startBuilt('cli', { DATA_DIR: dataDir }, ['token', '--sub', `p-${index}`, '--role', 'leader']),
    );

    expect(await Promise.all(clis.map((cli) => cli.exited))).toEqual(clis.map(() => 0));
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8');
    const tokens = new JwtTokens(secret);
    for (const [index, cli] of clis.entries()) {
      expect(await tokens.verify(cli.output().trim())).toEqual({ id: `p-${index}`, roles: ['leader'] });
    }
    // The secret file alone: no temporary file left behind by the processes that lost the race.
    expect(modes(dataDir)).toEqual([{ path: 'jwt-secret', kind: 'file', mode: '600' }]);
  });
});
