import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../postgres-kit/src/testing/postgres-test-database';
import { mkdtempSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPersonKeyStore } from './open-person-key-store';
import { PersonalDataVault } from './personal-data-vault';
import { KeyConflictError, PostgresPersonKeyStore } from './postgres-person-key-store';
import { readPersonKeyFile, SqlitePersonKeyStore } from './sqlite-person-key-store';
import { describePersonKeyStoreConformance } from './testing/person-key-store-conformance';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('person_keys');
});
afterAll(async () => {
  await database?.drop();
});

// One schema per test, so every test starts from an empty store.
let schema = '';
describePersonKeyStoreConformance('PostgresPersonKeyStore (a real PostgreSQL)', {
  async open() {
    schema = `k_${randomBytes(6).toString('hex')}`;
    return PostgresPersonKeyStore.open(database.url, { schema });
  },
  async openAnother() {
    return PostgresPersonKeyStore.open(database.url, { schema });
  },
});

describe('PostgresPersonKeyStore (PostgreSQL specifics)', () => {
  it('seals and opens personal data for the vault, and ping answers while the server does', async () => {
    const keys = await PostgresPersonKeyStore.open(database.url);
    try {
      const vault = new PersonalDataVault(keys);
      const sealed = await vault.encrypt('p-1', 'Åse Ørsted');
      await expect(vault.decrypt('p-1', sealed)).resolves.toBe('Åse Ørsted');
      await expect(keys.ping()).resolves.toBeUndefined();
    } finally {
      await keys.close();
    }
  });

  const freshSchema = (): string => `k_${randomBytes(6).toString('hex')}`;
  const localFile = (): string => join(mkdtempSync(join(tmpdir(), 'ledelsesrum-keys-')), 'keys.sqlite');

  it('five replicas opening a new schema at the same moment all succeed (the DDL runs under a lock)', async () => {
    const schema = freshSchema();
    const stores = await Promise.all(
      Array.from({ length: 5 }, () => PostgresPersonKeyStore.open(database.url, { schema })),
    );
    await Promise.all(stores.map((store) => store.close()));
  });

  /** A key file holding `keys` and, erased, `erased`; returns its path and the keys it made. */
  async function keyFile(keys: readonly string[], erased: readonly string[] = []) {
    const path = localFile();
    const file = new SqlitePersonKeyStore(path);
    const made = new Map<string, Buffer>();
    for (const id of [...keys, ...erased]) made.set(id, await file.getOrCreate(id));
    for (const id of erased) await file.destroy(id);
    await file.close();
    return { path, made };
  }

  it('takes a key file’s keys and erasures once, an erasure winning, and refuses a different key whole', async () => {
    const { path, made } = await keyFile(['p-anne'], ['p-bo']);
    const target = await PostgresPersonKeyStore.open(database.url, { schema: freshSchema() });
    try {
      // The target had a key for p-bo before the copy: the copied erasure takes it away.
      await target.getOrCreate('p-bo');
      expect(await target.unmatched(readPersonKeyFile(path))).toEqual({ keys: 1, erasures: 1 });
      expect(await target.takeCopy(readPersonKeyFile(path))).toEqual({ keys: 1, erasures: 1 });
      expect(await target.get('p-anne')).toEqual(made.get('p-anne'));
      expect(await target.get('p-bo')).toBeUndefined();
      expect(await target.isErased('p-bo')).toBe(true);
      expect(await target.unmatched(readPersonKeyFile(path))).toEqual({ keys: 0, erasures: 0 });
      expect(await target.takeCopy(readPersonKeyFile(path))).toEqual({ keys: 0, erasures: 0 });

      // Someone got another key in the target meanwhile: the whole copy is refused, nothing of it stored.
      await target.getOrCreate('p-cleo');
      const other = await keyFile(['p-cleo', 'p-dan']);
      await expect(target.takeCopy(readPersonKeyFile(other.path))).rejects.toThrow(KeyConflictError);
      expect(await target.get('p-dan')).toBeUndefined();
    } finally {
      await target.close();
    }
  });

  it('takes 20,000 keys in one copy (one table lock, not one lock per person)', async () => {
    const target = await PostgresPersonKeyStore.open(database.url, { schema: freshSchema() });
    try {
      const keys = Array.from({ length: 20_000 }, (_, i) => ({ personId: `p-${i}`, key: randomBytes(32) }));
      expect(await target.takeCopy({ keys, erasures: [] })).toEqual({ keys: 20_000, erasures: 0 });
      expect(await target.unmatched({ keys, erasures: [] })).toEqual({ keys: 0, erasures: 0 });
    } finally {
      await target.close();
    }
  });

  it('readPersonKeyFile reads without changing the file, and refuses a file that is no key file', async () => {
    const { path } = await keyFile(['p-1']);
    const before = readFileSync(path);
    expect(readPersonKeyFile(path).keys.map((entry) => entry.personId)).toEqual(['p-1']);
    expect(readFileSync(path).equals(before)).toBe(true);
    const other = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-other-')), 'events.sqlite');
    const events = new Database(other);
    events.exec('CREATE TABLE events (position INTEGER PRIMARY KEY)');
    events.close();
    expect(() => readPersonKeyFile(other)).toThrow(/is not a key file/);
    expect(() => readPersonKeyFile(join(tmpdir(), 'no-such-file.sqlite'))).toThrow();
  });

  it('openPersonKeyStore refuses PostgreSQL while the key file it replaces holds what it lacks, until copied', async () => {
    const fresh = await createTestDatabase('person_keys_switch');
    try {
      const { path } = await keyFile(['p-1'], ['p-2']);
      const url = new URL(fresh.url);
      // The test cluster trusts loopback, so this password is not checked; it only must never be shown.
      url.password = 'hemmelig';
      const open = () => openPersonKeyStore({ kind: 'postgres', url: url.href, localFile: path });

      const refusal = await open().catch((error: unknown) => error);
      expect(String(refusal)).toMatch(
        /lacks 1 keys and 1 erasures that .* holds\. Copy them first: npm run cli -- copy-keys/,
      );
      expect(String(refusal)).not.toContain('hemmelig');

      // Not only when PostgreSQL is empty: a store with other keys but not these is refused just the same.
      const target = await PostgresPersonKeyStore.open(fresh.url);
      await target.getOrCreate('p-other');
      await expect(open()).rejects.toThrow(/lacks 1 keys and 1 erasures/);
      await target.takeCopy(readPersonKeyFile(path));
      await target.close();
      await (await open()).close();
      // Without a key file beside it there is nothing to check.
      await (await openPersonKeyStore({ kind: 'postgres', url: url.href, localFile: localFile() })).close();
    } finally {
      await fresh.drop();
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(PostgresPersonKeyStore.open(database.url, { schema: 'x"; DROP' })).rejects.toThrow(/schema name/);
  });
});
