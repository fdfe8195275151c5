import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../event-store/src/postgres/testing/postgres-test-database';
import { PersonalDataVault } from './personal-data-vault';
import { PostgresPersonKeyStore } from './postgres-person-key-store';
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

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(PostgresPersonKeyStore.open(database.url, { schema: 'x"; DROP' })).rejects.toThrow(/schema name/);
  });
});
