import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseMigrateArgs, storeAt } from './migrate-args';

const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-migrate-args-'));
const existing = join(folder, 'events.sqlite');
writeFileSync(existing, '');

describe('migrate arguments', () => {
  it('reads an EventStoreDB connection string, single node or cluster', () => {
    expect(storeAt('esdb://admin:changeit@db:2113?tls=true')).toEqual({
      kind: 'eventstoredb',
      url: 'esdb://admin:changeit@db:2113?tls=true',
    });
    expect(storeAt('esdb+discover://n1:2113,n2:2113')).toEqual({
      kind: 'eventstoredb',
      url: 'esdb+discover://n1:2113,n2:2113',
    });
  });

  it('reads a SQLite file (path or file: URL) and a PostgreSQL URL', () => {
    expect(parseMigrateArgs(['--from', existing, '--to', 'postgres://u:p@db:5432/ledelsesrum'])).toEqual({
      from: { kind: 'sqlite', url: existing },
      to: { kind: 'postgres', url: 'postgres://u:p@db:5432/ledelsesrum' },
    });
    expect(storeAt(pathToFileURL(existing).href)).toEqual({ kind: 'sqlite', url: existing });
    expect(storeAt('postgresql://db/x')).toEqual({ kind: 'postgres', url: 'postgresql://db/x' });
  });

  it.each([
    [['--from', existing], 'Angiv både'],
    [['--to', 'postgres://db/x', '--from'], "--from: URL'en mangler"],
    [['--from', existing, '--from', existing, '--to', 'postgres://db/x'], 'kun én gang'],
    [['--from', join(folder, 'missing.sqlite'), '--to', 'postgres://db/x'], 'intet hændelseslager'],
    [['--from', existing, '--to', existing], 'samme lager'],
    [['--from', existing, '--to', 'esdb://:secret@'], 'Ugyldig EventStoreDB-forbindelsesstreng'],
    [['--from', existing, '--to', 'mysql://db/x'], 'Ukendt slags lager'],
    [['--from', existing, '--to', 'postgres://:secret@/x'], 'Ugyldig PostgreSQL-URL'],
    [['--source', existing], 'Ukendt / Unknown: --source'],
  ])('refuses %j with exit code 2', (args, message) => {
    let error: unknown;
    try {
      parseMigrateArgs(args);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ exitCode: 2, message: expect.stringContaining(message) });
    expect((error as Error).message).not.toContain('secret');
  });
});
