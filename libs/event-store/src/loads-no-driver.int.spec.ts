/**
 * Whoever needs only `type EventStore` (the application layer, the read models, the audit) must not load a database
 * driver by importing the port. Checked on the built output (`npm test` builds first), each import in a fresh Node
 * process, so that nothing another test loaded counts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const DRIVERS = ['better-sqlite3', '/pg/', '@eventstore/db-client'];

/** The database drivers among the modules a fresh Node process has loaded after requiring `project` (built). */
function driversLoadedBy(project: string): string[] {
  if (!existsSync(join(root, 'dist/libs', project))) {
    throw new Error(`dist/libs/${project} mangler / is missing: run npm run build first (npm test does)`);
  }
  const script = `require('@ledelsesrum/${project}'); process.stdout.write(JSON.stringify(Object.keys(require.cache)));`;
  const output = execFileSync(process.execPath, ['-r', join(root, 'infra/register-paths.js'), '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  const loaded = JSON.parse(output) as string[];
  return DRIVERS.filter((driver) => loaded.some((path) => path.includes(driver)));
}

describe('which database drivers an import loads', () => {
  it('importing @ledelsesrum/event-store loads no database driver', () => {
    expect(driversLoadedBy('event-store')).toEqual([]);
  });

  it('each adapter loads its own driver and no other adapter’s, so the check above can fail', () => {
    expect(driversLoadedBy('event-store-sqlite')).toEqual(['better-sqlite3']);
    expect(driversLoadedBy('event-store-postgres')).toEqual(['/pg/']);
    expect(driversLoadedBy('event-store-eventstoredb')).toEqual(['@eventstore/db-client']);
  });
});
