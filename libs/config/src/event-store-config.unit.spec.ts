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

  it('takes eventstoredb with an esdb:// or kurrentdb:// connection string, single node or cluster', () => {
    for (const url of [
      'esdb://localhost:2113?tls=false',
      'esdb+discover://admin:changeit@cluster.example:2113',
      'esdb://node1:2113,node2:2113,node3:2113?tls=true',
      'kurrentdb://admin:changeit@db:2113?tls=false',
    ]) {
      expect(loadEventStoreConfig({ EVENT_STORE: 'eventstoredb', EVENT_STORE_URL: url }, '/data')).toEqual({
        kind: 'eventstoredb',
        url,
      });
    }
  });

  it('refuses eventstoredb without a connection string or with another kind of URL, without echoing a password', () => {
    expect(() => loadConfig({ EVENT_STORE: 'eventstoredb' })).toThrow(/eventstoredb.*needs EVENT_STORE_URL/);
    let message = '';
    try {
      loadEventStoreConfig({ EVENT_STORE: 'eventstoredb', EVENT_STORE_URL: 'postgres://u:hemmelig@db/x' }, '/data');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/must be an esdb:\/\/ connection string/);
    expect(message).not.toContain('hemmelig');
  });

  it('refuses an unknown kind, naming the three it knows', () => {
    expect(() => loadConfig({ EVENT_STORE: 'mongodb' })).toThrow(/EVENT_STORE=mongodb.*unknown.*eventstoredb/);
  });

  it('describeEventStoreUrl hides the password and leaves the rest', () => {
    expect(describeEventStoreUrl('postgres://user:hemmelig@db:5432/x')).toBe('postgres://user:***@db:5432/x');
    expect(describeEventStoreUrl('postgres://db/x')).toBe('postgres://db/x');
    expect(describeEventStoreUrl('/srv/events.sqlite')).toBe('/srv/events.sqlite');
    expect(describeEventStoreUrl('esdb://admin:hemmelig@db:2113?tls=true')).toBe('esdb://admin:***@db:2113?tls=true');
    expect(describeEventStoreUrl('postgres://u@db/x?password=hemmelig&sslmode=require')).toBe(
      'postgres://u@db/x?password=***&sslmode=require',
    );
    expect(describeEventStoreUrl('postgres://u@db/x?sslpassword=hemmelig')).toBe('postgres://u@db/x?sslpassword=***');
    expect(describeEventStoreUrl('esdb://admin:hemmelig@n1:2113,n2:2113?tls=true')).toBe(
      'esdb://admin:***@n1:2113,n2:2113?tls=true',
    );
  });
});
