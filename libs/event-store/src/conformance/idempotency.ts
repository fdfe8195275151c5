/** Idempotent retries (the same ids at the same place answer as the first write) and ids stored already. */
import { DuplicateEventIdError } from '../errors';
import type { EventStore } from '../event-store.port';
import {
  streamName,
  newEvent,
  newEvents,
  rejectionOf,
  expectWrongExpectedRevision,
  type ConformanceContext,
} from './fixture';

export function describeIdempotency(context: ConformanceContext): void {
  let store: EventStore;
  beforeEach(() => {
    store = context.store();
  });

  describe('idempotent retries and duplicate ids', () => {
    it('retrying the same ids with the same numeric revision returns the earlier result and writes nothing', async () => {
      const streamId = streamName('retry-numeric');
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
      const events = newEvents(2);
      const first = await store.appendToStream(streamId, events, { expectedRevision: 0 });
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 2 });

      const retried = await store.appendToStream(streamId, events, { expectedRevision: 0 });
      expect(retried).toEqual(first);
      expect(await store.readStream(streamId)).toHaveLength(4);
      expect(await store.readAll()).toHaveLength(4);
    });

    it('retrying the same ids with no_stream returns the earlier result and writes nothing', async () => {
      const streamId = streamName('retry-no-stream');
      const events = newEvents(3);
      const first = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      const retried = await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      expect(retried).toEqual(first);
      expect(await store.readAll()).toHaveLength(3);
    });

    it('retrying the same ids with any or stream_exists returns the earlier result and writes nothing', async () => {
      const streamId = streamName('retry-any');
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' });
      const events = newEvents(2);
      const first = await store.appendToStream(streamId, events, { expectedRevision: 'any' });
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 'any' });

      expect(await store.appendToStream(streamId, events, { expectedRevision: 'any' })).toEqual(first);
      expect(await store.appendToStream(streamId, events, { expectedRevision: 'stream_exists' })).toEqual(first);
      expect(await store.readStream(streamId)).toHaveLength(4);
    });

    it('retrying the same ids with an expectation that places them elsewhere throws WrongExpectedRevisionError', async () => {
      const streamId = streamName('retry-elsewhere');
      const events = newEvents(2);
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      await store.appendToStream(streamId, newEvents(1), { expectedRevision: 1 });

      // They stand at revisions 0..1; expected 0 would place them at 1..2.
      await expectWrongExpectedRevision(store.appendToStream(streamId, events, { expectedRevision: 0 }), {
        streamId,
        expected: 0,
        actual: 2,
      });
      expect(await store.readAll()).toHaveLength(3);
    });

    it('appending already stored ids at the current end of their stream throws DuplicateEventIdError', async () => {
      const streamId = streamName('retry-at-end');
      const events = newEvents(2);
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });

      const error = await rejectionOf(store.appendToStream(streamId, events, { expectedRevision: 1 }));
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect(error).toMatchObject({ eventId: events[0]!.id });
      expect(await store.readAll()).toHaveLength(2);
    });

    it('a different id at a taken position throws WrongExpectedRevisionError', async () => {
      const streamId = streamName('taken');
      await store.appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
      await expectWrongExpectedRevision(store.appendToStream(streamId, newEvents(1), { expectedRevision: 0 }), {
        streamId,
        expected: 0,
        actual: 1,
      });
      await expectWrongExpectedRevision(
        store.appendToStream(streamId, newEvents(1), { expectedRevision: 'no_stream' }),
        { streamId, expected: 'no_stream', actual: 1 },
      );
      expect(await store.readStream(streamId)).toHaveLength(2);
    });

    it('a retry whose ids only partly match the earlier write throws WrongExpectedRevisionError', async () => {
      const streamId = streamName('partial');
      const events = newEvents(2);
      await store.appendToStream(streamId, events, { expectedRevision: 'no_stream' });
      await expectWrongExpectedRevision(
        store.appendToStream(streamId, [events[0]!, newEvent()], { expectedRevision: 'no_stream' }),
        { streamId, expected: 'no_stream', actual: 1 },
      );
      expect(await store.readAll()).toHaveLength(2);
    });

    it('an id already stored in another stream throws DuplicateEventIdError', async () => {
      const [event] = newEvents(1);
      await store.appendToStream(streamName('first'), [event!], { expectedRevision: 'no_stream' });
      const otherStream = streamName('second');

      const error = await rejectionOf(
        store.appendToStream(otherStream, [newEvent(), event!], { expectedRevision: 'no_stream' }),
      );
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      expect(error).toMatchObject({ eventId: event!.id });
      expect(await store.readStream(otherStream)).toEqual([]);
      expect(await store.readAll()).toHaveLength(1);
    });
  });
}
