import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../event-store/src/postgres/testing/postgres-test-database';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPersonKeyStore } from './open-person-key-store';
import { PersonalDataVault } from './personal-data-vault';
import { KeyConflictError, PostgresPersonKeyStore } from './postgres-person-key-store';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';
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

  it('takes a SQLite file’s keys and erasures once, an erasure winning, and refuses a different key whole', async () => {
    const file = new SqlitePersonKeyStore(localFile());
    const anne = await file.getOrCreate('p-anne');
    await file.getOrCreate('p-bo');
    await file.destroy('p-bo');
    const target = await PostgresPersonKeyStore.open(database.url, { schema: freshSchema() });
    try {
      expect(await target.isEmpty()).toBe(true);
      expect(await target.takeCopy(file.contents())).toEqual({ keys: 1, erasures: 1 });
      expect(await target.get('p-anne')).toEqual(anne);
      expect(await target.isErased('p-bo')).toBe(true);
      expect(await target.takeCopy(file.contents())).toEqual({ keys: 0, erasures: 0 });
      expect(await target.isEmpty()).toBe(false);

      // Someone got another key in the target meanwhile: the whole copy is refused, nothing of it stored.
      await target.getOrCreate('p-cleo');
      const other = new SqlitePersonKeyStore(localFile());
      await other.getOrCreate('p-cleo');
      await other.getOrCreate('p-dan');
      await expect(target.takeCopy(other.contents())).rejects.toThrow(KeyConflictError);
      expect(await target.get('p-dan')).toBeUndefined();
      await other.close();
    } finally {
      await Promise.all([file.close(), target.close()]);
    }
  });

  it('openPersonKeyStore refuses an empty PostgreSQL store while the local key file holds keys, until they are copied', async () => {
    const fresh = await createTestDatabase('person_keys_switch');
    try {
      const file = localFile();
      const local = new SqlitePersonKeyStore(file);
      await local.getOrCreate('p-1');
      await local.close();
      const url = new URL(fresh.url);
      // The test cluster trusts loopback, so this password is not checked; it only must never be shown.
      url.password = 'hemmelig';

      const refusal = await openPersonKeyStore({ kind: 'postgres', url: url.href, localFile: file }).catch(
        (error: unknown) => error,
      );
      expect(String(refusal)).toMatch(/holds 1 keys and 0 erasures\. Copy them first: npm run cli -- copy-keys --from/);
      expect(String(refusal)).not.toContain('hemmelig');

      const target = await PostgresPersonKeyStore.open(fresh.url);
      const source = new SqlitePersonKeyStore(file);
      await target.takeCopy(source.contents());
      await Promise.all([target.close(), source.close()]);
      const opened = await openPersonKeyStore({ kind: 'postgres', url: url.href, localFile: file });
      await opened.close();
    } finally {
      await fresh.drop();
    }
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(PostgresPersonKeyStore.open(database.url, { schema: 'x"; DROP' })).rejects.toThrow(/schema name/);
  });
});
