/**
 * Run by `sqlite-event-store.int.spec.ts` in a child process (after transpiling this folder's sources to JavaScript)
 * so that real separate processes contend for the same SQLite file.
 * Arguments: <file> <writer name> <append count> <shared stream id>. Waits for a `go` message before writing, so that
 * all writers start together, then appends to its own stream with numeric expectations and, for each of those, one
 * event to the shared stream, retrying on conflicts.
 */
import { WrongExpectedRevisionError } from '@ledelsesrum/event-store';
import { SqliteEventStore } from '../sqlite-event-store';

async function appendToShared(store: SqliteEventStore, streamId: string, id: string): Promise<void> {
  for (;;) {
    const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    try {
      await store.appendToStream(streamId, [{ id, type: 'SharedWritten', data: { id } }], {
        expectedRevision: last?.revision ?? 'no_stream',
      });
      return;
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
    }
  }
}

async function main(): Promise<void> {
  const [file, writer, countText, sharedStream] = process.argv.slice(2);
  if (file === undefined || writer === undefined || countText === undefined || sharedStream === undefined) {
    throw new Error('usage: <file> <writer> <count> <shared stream>');
  }
  const store = SqliteEventStore.open(file);
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.send?.('ready');
  });
  for (let index = 0; index < Number(countText); index++) {
    await store.appendToStream(
      `own-${writer}`,
      [{ id: `${writer}-own-${index}`, type: 'OwnWritten', data: { index } }],
      {
        expectedRevision: index === 0 ? 'no_stream' : index - 1,
      },
    );
    await appendToShared(store, sharedStream, `${writer}-shared-${index}`);
    // Give the other processes a chance to take the write lock in between.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await store.close();
}

main().then(
  () => process.disconnect?.(),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
    process.disconnect?.();
  },
);
