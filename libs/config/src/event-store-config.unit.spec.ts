import { resolve } from 'node:path';
import { loadConfig } from './config';
import { describeEventStoreUrl, loadEventStoreConfig } from './event-store-config';

describe('loadEventStoreConfig (EVENT_STORE, EVENT_STORE_URL)', () => {
  it('defaults to SQLite in the data folder, and takes EVENT_STORE_URL as the SQLite file', () => {
    expect(loadEventStoreConfig({}, '/data')).toEqual({ kind: 'sqlite', url: resolve('/data', 'events.sqlite') });
    expect(loadEventStoreConfig({ EVENT_STORE: '', EVENT_STORE_URL: ' ' }, '/data').url).toBe(
      resolve('/data', 'events.sqlite'),
    );
    expect(loadEventStoreConfig({ EVENT_STORE: 'sqlite', EVENT_STORE_URL: '/srv/events.sqlite' }, '/data')).toEqual({
      kind: 'sqlite',
      url: '/srv/events.sqlite',
    });
    expect(loadConfig({ DATA_DIR: '/data' }).eventStore).toEqual({
      kind: 'sqlite',
      url: resolve('/data', 'events.sqlite'),
    });
  });

  it('EVENT_STORE=postgres takes a postgres:// or postgresql:// URL', () => {
    const url = 'postgres://ledelsesrum:hemmelig@db.kommune.dk:5432/ledelsesrum';
    expect(loadEventStoreConfig({ EVENT_STORE: 'postgres', EVENT_STORE_URL: url }, '/data')).toEqual({
      kind: 'postgres',
      url,
    });
    expect(
      loadConfig({ EVENT_STORE: 'postgres', EVENT_STORE_URL: 'postgresql://db/ledelsesrum' }).eventStore.kind,
    ).toBe('postgres');
  });

  it('EVENT_STORE=postgres without EVENT_STORE_URL is refused, in Danish and English', () => {
    expect(() => loadEventStoreConfig({ EVENT_STORE: 'postgres' }, '/data')).toThrow(
      /EVENT_STORE=postgres kræver \/ needs EVENT_STORE_URL/,
    );
  });

  it('refuses an invalid or non-PostgreSQL URL without repeating the password', () => {
    for (const bad of ['not a url :hemmelig@', 'mysql://user:hemmelig@db/x', 'postgres://user:hemmelig@/x']) {
      let message = '';
      try {
        loadEventStoreConfig({ EVENT_STORE: 'postgres', EVENT_STORE_URL: bad }, '/data');
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/EVENT_STORE_URL/);
      expect(message).not.toContain('hemmelig');
    }
  });

  it('refuses eventstoredb as not supported yet, and an unknown kind', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/eventstoredb.*not supported yet/);
    expect(() => loadConfig({ EVENT_STORE: 'mongodb' })).toThrow(/EVENT_STORE=mongodb.*unknown/);
  });

  it('describeEventStoreUrl hides the password and leaves the rest', () => {
    expect(describeEventStoreUrl('postgres://user:hemmelig@db:5432/x')).toBe('postgres://user:***@db:5432/x');
    expect(describeEventStoreUrl('postgres://db/x')).toBe('postgres://db/x');
    expect(describeEventStoreUrl('/srv/events.sqlite')).toBe('/srv/events.sqlite');
  });
});
