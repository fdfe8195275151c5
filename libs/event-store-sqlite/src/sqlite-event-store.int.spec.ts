import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import { runEventStoreConformance } from '@ledelsesrum/event-store/conformance';
import { SqliteEventStore } from './sqlite-event-store';

const folders: string[] = [];

/** A fresh folder under the OS temp dir; all of them are removed after the file's tests. */
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-event-store-'));
  folders.push(folder);
  return folder;
}

afterAll(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

// A short poll interval keeps the cross-connection subscription tests quick.
const pollIntervalMs = 20;
let currentFile = '';

runEventStoreConformance('SqliteEventStore', {
  async open() {
    currentFile = join(freshFolder(), 'events.sqlite');
    return SqliteEventStore.open(currentFile, { pollIntervalMs });
  },
  async openAnotherConnection() {
    return SqliteEventStore.open(currentFile, { pollIntervalMs });
  },
});

describe('SqliteEventStore (SQLite specifics)', () => {
  const stores: EventStore[] = [];
  const track = <T extends EventStore>(store: T): T => {
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  const oneEvent = (id: string) => [{ id, type: 'Tested', data: { id } }];

  it('creates the parent folder and keeps the file in WAL mode', async () => {
    const file = join(freshFolder(), 'nested', 'deeper', 'events.sqlite');
    track(SqliteEventStore.open(file));
    expect(existsSync(file)).toBe(true);

    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
  });

  it('keeps the data when closed and reopened, and continues the positions', async () => {
    const file = join(freshFolder(), 'events.sqlite');
    const first = SqliteEventStore.open(file);
    await first.appendToStream('kept', oneEvent('a'), { expectedRevision: 'no_stream' });
    await first.appendToStream('kept', oneEvent('b'), { expectedRevision: 0 });
    const before = await first.readAll();
    await first.close();

    const reopened = track(SqliteEventStore.open(file));
    expect(await reopened.readAll()).toEqual(before);
    const next = await reopened.appendToStream('kept', oneEvent('c'), { expectedRevision: 1 });
    expect(next).toEqual({ nextExpectedRevision: 2, position: before[1]!.position + 1 });
  });

  it('two adapter instances on one file (separate connections in one process) share one global order', async () => {
    const file = join(freshFolder(), 'events.sqlite');
    const a = track(SqliteEventStore.open(file));
    const b = track(SqliteEventStore.open(file));
    const positions: number[] = [];
    for (let index = 0; index < 20; index++) {
      const writer = index % 2 === 0 ? a : b;
      positions.push(
        (await writer.appendToStream(`s${index % 3}`, oneEvent(`e${index}`), { expectedRevision: 'any' })).position,
      );
    }

    // Positions follow commit order exactly, without gaps, whichever connection wrote.
    expect(positions).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect((await a.readAll()).map((event) => event.id)).toEqual(positions.map((_, index) => `e${index}`));
    expect(await b.readAll()).toEqual(await a.readAll());
  });

  it('close() stops subscriptions, and the closed store rejects further calls', async () => {
    const store = SqliteEventStore.open(join(freshFolder(), 'events.sqlite'));
    await store.appendToStream('closing', oneEvent('y'), { expectedRevision: 'no_stream' });
    const delivered: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({ onEvent: (event) => void delivered.push(event) });
    await subscription.caughtUp();

    await store.close();
    await expect(subscription.caughtUp()).rejects.toThrow();
    await expect(store.ping()).rejects.toThrow();
    await expect(store.readAll()).rejects.toThrow();
    expect(() => store.subscribeToAll({ onEvent: () => undefined })).toThrow();
    await store.close();
  });

  it('separate processes writing to one file: no lost writes, gapless positions, one order for every reader', async () => {
    const file = join(freshFolder(), 'events.sqlite');
    const parent = track(SqliteEventStore.open(file, { pollIntervalMs }));
    const delivered: RecordedEvent[] = [];
    const subscription = parent.subscribeToAll({ onEvent: (event) => void delivered.push(event) });
    const writers = ['p1', 'p2', 'p3'];
    const appendsPerWriter = 150;

    await runWriterProcesses(file, writers, appendsPerWriter, 'shared');

    const all = await parent.readAll();
    expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));
    expect(all).toHaveLength(writers.length * appendsPerWriter * 2);
    for (const writer of writers) {
      const own = await parent.readStream(`own-${writer}`);
      expect(own.map((event) => event.id)).toEqual(own.map((_, index) => `${writer}-own-${index}`));
      expect(own).toHaveLength(appendsPerWriter);
    }
    const shared = await parent.readStream('shared');
    expect(shared.map((event) => event.revision)).toEqual(shared.map((_, index) => index));
    expect(shared).toHaveLength(writers.length * appendsPerWriter);

    await subscription.caughtUp();
    expect(delivered.map((event) => event.id)).toEqual(all.map((event) => event.id));
  }, 30_000);
});

/**
 * Transpiles the adapter's sources (minus specs) and the port's (minus the conformance suite) to CommonJS in a temp
 * folder, the port as the package `@ledelsesrum/event-store` the adapter imports, forks one Node process per writer
 * running `testing/append-from-another-process`, starts them together and waits.
 */
async function runWriterProcesses(file: string, writers: string[], count: number, sharedStream: string): Promise<void> {
  const sourceRoot = __dirname;
  const outRoot = join(freshFolder(), 'compiled');
  transpileFolder(resolve(sourceRoot, '../../event-store/src'), join(outRoot, 'node_modules/@ledelsesrum/event-store'));
  transpileFolder(sourceRoot, join(outRoot, 'event-store-sqlite'));

  const script = join(outRoot, 'event-store-sqlite', 'testing', 'append-from-another-process.js');
  const env = { ...process.env, NODE_PATH: resolve(sourceRoot, '../../../node_modules') };
  const children = writers.map((writer) =>
    fork(script, [file, writer, String(count), sharedStream], { env, execArgv: [], stdio: 'inherit' }),
  );
  const exits = children.map(
    (child) =>
      new Promise<void>((resolveExit, rejectExit) => {
        child.once('error', rejectExit);
        child.once('exit', (code) =>
          code === 0 ? resolveExit() : rejectExit(new Error(`writer process exited with ${code}`)),
        );
      }),
  );
  // Marked handled here: a crash before `go` fails the readiness wait below, and the exit is awaited afterwards.
  for (const exit of exits) exit.catch(() => undefined);
  try {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((ready, failed) => {
            child.once('message', () => ready());
            child.once('exit', (code) => failed(new Error(`writer process exited with ${code} before it was ready`)));
          }),
      ),
    );
    for (const child of children) child.send('go');
    await Promise.all(exits);
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}

function transpileFolder(sourceRoot: string, outRoot: string): void {
  for (const source of listTypeScript(sourceRoot)) {
    const output = ts.transpileModule(readFileSync(source, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: source,
    }).outputText;
    const target = join(outRoot, relative(sourceRoot, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, output);
  }
}

function listTypeScript(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'conformance' ? [] : listTypeScript(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}
