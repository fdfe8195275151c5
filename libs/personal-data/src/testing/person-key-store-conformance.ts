/**
 * What every per-person key store must do, as a Jest suite that the SQLite and the PostgreSQL store both run. Uses
 * Jest's globals, so it is not part of the build.
 */
import { PersonalDataErasedError, type PersonKeyStore } from '../person-key-store';

export interface PersonKeyStoreFactory {
  /** A fresh, empty store for one test. */
  open(): Promise<PersonKeyStore>;
  /** Another connection to the store the latest `open()` returned, as another process would have. */
  openAnother(): Promise<PersonKeyStore>;
}

export function describePersonKeyStoreConformance(name: string, factory: PersonKeyStoreFactory): void {
  describe(`${name}: person key store conformance`, () => {
    const opened: PersonKeyStore[] = [];
    const open = async (): Promise<PersonKeyStore> => track(await factory.open());
    const another = async (): Promise<PersonKeyStore> => track(await factory.openAnother());
    const track = (store: PersonKeyStore): PersonKeyStore => {
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('creates one 32-byte key per person and gives the same key back every time', async () => {
      const keys = await open();
      expect(await keys.get('p-1')).toBeUndefined();
      const key = await keys.getOrCreate('p-1');
      expect(key).toHaveLength(32);
      expect(await keys.getOrCreate('p-1')).toEqual(key);
      expect(await keys.get('p-1')).toEqual(key);
      expect(await keys.getOrCreate('p-2')).not.toEqual(key);
    });

    it('two connections creating a key for the same person at once end with one key', async () => {
      const [mine, theirs] = [await open(), await another()];
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? mine : theirs).getOrCreate('p-race')),
      );
      expect(new Set(created.map((key) => key.toString('hex'))).size).toBe(1);
      expect(await theirs.get('p-race')).toEqual(created[0]);
    });

    it('destroying a key erases the person for good: no key, and none is ever created again, also elsewhere', async () => {
      const keys = await open();
      await keys.getOrCreate('p-1');
      await keys.destroy('p-1');
      expect(await keys.get('p-1')).toBeUndefined();
      expect(await keys.isErased('p-1')).toBe(true);
      await expect(keys.getOrCreate('p-1')).rejects.toThrow(PersonalDataErasedError);
      const elsewhere = await another();
      expect(await elsewhere.isErased('p-1')).toBe(true);
      await expect(elsewhere.getOrCreate('p-1')).rejects.toThrow(PersonalDataErasedError);
      expect(await keys.isErased('p-2')).toBe(false);
    });

    it('an erasure racing key creation on another connection never leaves a key behind', async () => {
      const [mine, theirs] = [await open(), await another()];
      for (let round = 0; round < 5; round++) {
        const person = `p-${round}`;
        const creations = Array.from({ length: 8 }, () => theirs.getOrCreate(person).catch((error) => error));
        const erasure = mine.destroy(person);
        await Promise.all([erasure, ...creations]);
        expect(await mine.get(person)).toBeUndefined();
        expect(await theirs.get(person)).toBeUndefined();
        await expect(theirs.getOrCreate(person)).rejects.toThrow(PersonalDataErasedError);
      }
    });
  });
}
