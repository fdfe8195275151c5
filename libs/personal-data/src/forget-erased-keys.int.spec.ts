import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { forgetErasedKeys } from './forget-erased-keys';
import type { PersonKeyStore } from './person-key-store';
import { ERASED } from '@ledelsesrum/domain';
import { PersonalDataVault } from './personal-data-vault';
import { SqlitePersonKeyStore } from './sqlite-person-key-store';

/** Counts the key lookups that reach the real SQLite key store under it. */
class CountingKeyStore extends SqlitePersonKeyStore implements PersonKeyStore {
  lookups = 0;
  override async get(personId: string): Promise<Buffer | undefined> {
    this.lookups += 1;
    return super.get(personId);
  }
}

describe('the vault’s key cache, with keys and events in real SQLite files', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'ledelsesrum-cache-'));

  it('opens 2,500 people’s names twice with one key lookup each', async () => {
    const keys = new CountingKeyStore(join(dir(), 'keys.sqlite'));
    const vault = new PersonalDataVault(keys);
    const people = Array.from({ length: 2_500 }, (_, index) => `p-${index}`);
    const sealed = await Promise.all(people.map((id) => vault.encrypt(id, `Leder ${id}`)));
    const reader = new PersonalDataVault(keys);
    for (let pass = 0; pass < 2; pass += 1) {
      const names = await Promise.all(people.map((id, index) => reader.decrypt(id, sealed[index]!)));
      expect(names[1_234]).toBe('Leder p-1234');
    }
    expect(keys.lookups).toBe(2_500);
    await keys.close();
  });

  it('forgets a cached key as soon as another process’s erasure is recorded in the store', async () => {
    const folder = dir();
    const store = await SqliteEventStore.open(join(folder, 'events.sqlite'));
    const keyFile = join(folder, 'keys.sqlite');
    const api = new PersonalDataVault(new SqlitePersonKeyStore(keyFile));
    const worker = new PersonalDataVault(new SqlitePersonKeyStore(keyFile));
    const sealed = await api.encrypt('p-anne', 'Anne');
    await expect(worker.decrypt('p-anne', sealed)).resolves.toBe('Anne');
    const following = await forgetErasedKeys(store, worker);

    // The API process destroys the key, then records the erasure, as PersonalDataService does.
    await api.erase('p-anne');
    await store.appendToStream(
      'organisation',
      [{ id: randomUUID(), type: 'PersonalDataErased', data: { id: 'p-anne', at: new Date().toISOString() } }],
      { expectedRevision: 'any' },
    );
    await following.caughtUp();

    await expect(worker.decrypt('p-anne', sealed)).resolves.toBe(ERASED);
    await store.close();
  });
});
