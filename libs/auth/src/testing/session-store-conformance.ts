/**
 * What every session store must do, as a Jest suite that the SQLite and the PostgreSQL store both run. Uses Jest's
 * globals, so it is not part of the build.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { SessionStore, StoredSession } from '../session-store';

export interface SessionStoreFactory {
  /** A fresh, empty store for one test. */
  open(): Promise<SessionStore>;
  /** Another connection to the store the latest `open()` returned, as another API replica would have. */
  openAnother(): Promise<SessionStore>;
}

const T0 = new Date('2026-03-02T08:00:00.000Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const newKey = () => createHash('sha256').update(randomBytes(32)).digest();

function session(overrides: Partial<StoredSession> = {}): StoredSession {
  return {
    personId: 'p-1',
    roles: ['chefgruppen', 'leader'],
    name: 'Åse Ørsted',
    csrf: 'csrf-token',
    createdAt: T0,
    expiresAt: later(8 * 3600),
    recheck: { sealedRefreshToken: Buffer.from('sealed refresh token'), checkedAt: T0 },
    ...overrides,
  };
}

export function describeSessionStoreConformance(name: string, factory: SessionStoreFactory): void {
  describe(`${name}: session store conformance`, () => {
    const opened: SessionStore[] = [];
    const track = (store: SessionStore): SessionStore => {
      opened.push(store);
      return store;
    };
    const open = async () => track(await factory.open());
    const another = async () => track(await factory.openAnother());
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
    });

    it('gives back what it was given, by its key only, to another connection too', async () => {
      const store = await open();
      const key = newKey();
      await store.add(key, session());
      const withoutRecheck = newKey();
      await store.add(withoutRecheck, session({ name: undefined, recheck: undefined, roles: [] }));

      expect(await (await another()).find(key, later(1))).toEqual(session());
      expect(await store.find(withoutRecheck, later(1))).toEqual(
        session({ name: undefined, recheck: undefined, roles: [] }),
      );
      expect(await store.find(newKey(), later(1))).toBeUndefined();
    });

    it('finds no session at or after its expiry, and removeExpired deletes exactly the expired ones', async () => {
      const store = await open();
      const [short, long] = [newKey(), newKey()];
      await store.add(short, session({ expiresAt: later(60) }));
      await store.add(long, session({ expiresAt: later(120) }));

      expect(await store.find(short, later(59))).toBeDefined();
      expect(await store.find(short, later(60))).toBeUndefined();
      expect(await store.removeExpired(later(60))).toBe(1);
      expect(await store.find(short, later(0))).toBeUndefined();
      expect(await store.find(long, later(60))).toBeDefined();
    });

    it('removes a session for every connection, and removing one that is gone does nothing', async () => {
      const store = await open();
      const key = newKey();
      await store.add(key, session());

      await (await another()).remove(key);
      await store.remove(key);

      expect(await store.find(key, later(1))).toBeUndefined();
    });

    it('lets exactly one of many connections claim a re-check, records its outcome, and gives a claim back', async () => {
      const store = await open();
      const other = await another();
      const key = newKey();
      await store.add(key, session());

      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? store : other).claimRecheck(key, T0, later(61))),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect((await store.find(key, later(61)))?.recheck?.checkedAt).toEqual(later(61));

      await store.releaseRecheck(key, later(61), T0);
      expect((await store.find(key, later(61)))?.recheck?.checkedAt).toEqual(T0);
      expect(await other.claimRecheck(key, T0, later(62))).toBe(true);
      const rotated = { sealedRefreshToken: Buffer.from('rotated'), checkedAt: later(62) };
      await other.rechecked(key, ['auditor'], 'Åse Ørsted-Berg', rotated);
      // A claim given back late (after the re-check was recorded) changes nothing.
      await store.releaseRecheck(key, later(61), T0);

      expect(await store.find(key, later(63))).toEqual(
        session({ roles: ['auditor'], name: 'Åse Ørsted-Berg', recheck: rotated }),
      );
    });

    it('answers ping while it can be reached', async () => {
      await expect((await open()).ping()).resolves.toBeUndefined();
    });
  });
}
