import { chainHash, eventHash } from './event-hash';
import { stampEvents } from './stamp-events';

describe('stampEvents', () => {
  const recordedAt = '2026-12-07T10:00:00.000Z';
  const events = [
    { id: 'e1', type: 'A', data: undefined },
    { id: 'e2', type: 'B', data: { n: 1 }, metadata: { actor: 'p-1' } },
  ];

  it('places the events after the ends of their stream and of the global chain, and links both hashes', () => {
    const stamped = stampEvents(
      's',
      events,
      { revision: 4, hash: 'h4' },
      { position: 10, chainHash: 'c10' },
      recordedAt,
    );
    const [first, second] = stamped.map((event) => event.recorded);

    expect([first, second].map((event) => [event!.revision, event!.position])).toEqual([
      [5, 11],
      [6, 12],
    ]);
    expect(first!.hash).toBe(
      eventHash({ id: 'e1', streamId: 's', revision: 5, type: 'A', data: null, metadata: {}, recordedAt }, 'h4'),
    );
    expect(second!.hash).toBe(eventHash({ ...second!, data: { n: 1 }, metadata: { actor: 'p-1' } }, first!.hash));
    expect(first!.chainHash).toBe(chainHash(11, first!.hash, 'c10'));
    expect(second!.chainHash).toBe(chainHash(12, second!.hash, first!.chainHash));
  });

  it('gives the stored JSON text, with undefined data as null and missing metadata as {}', () => {
    const [first, second] = stampEvents(
      's',
      events,
      { revision: -1, hash: null },
      { position: 0, chainHash: null },
      recordedAt,
    );
    expect([first!.dataJson, first!.metadataJson]).toEqual(['null', '{}']);
    expect([second!.dataJson, second!.metadataJson]).toEqual(['{"n":1}', '{"actor":"p-1"}']);
    expect([first!.recorded.revision, first!.recorded.position]).toEqual([0, 1]);
    expect(first!.recorded.chainHash).toBe(chainHash(1, first!.recorded.hash, null));
  });
});
