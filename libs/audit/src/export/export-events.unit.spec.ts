import { Writable } from 'node:stream';
import type { EventStore, RecordedEvent } from '@ledelsesrum/event-store';
import { exportEvents } from './export-events';
import { ExportDestinationClosedError } from './write-with-backpressure';
import { parseInstant, selectionProblem } from './export-selection';

/** A log in memory: `count` events over two streams, one minute apart from 2027-01-01T00:00Z. */
function memoryStore(count: number): EventStore {
  const events: RecordedEvent[] = [];
  const revisions = new Map<string, number>();
  for (let position = 1; position <= count; position += 1) {
    const streamId = position % 3 === 0 ? 'organisation' : 'cycle-c-1';
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    const recordedAt = new Date(Date.UTC(2027, 0, 1) + (position - 1) * 60_000).toISOString();
    const [hash, chainHash] = [`h-${position}`, `c-${position}`];
    events.push({
      id: `e-${position}`,
      streamId,
      type: 'T',
      revision,
      position,
      recordedAt,
      data: {},
      metadata: {},
      hash,
      chainHash,
    });
  }
  return {
    readAll: async ({ afterPosition = 0, maxCount = Infinity } = {}) =>
      events.filter((event) => event.position > afterPosition).slice(0, maxCount),
    readStream: async (streamId, { fromRevision = 0, maxCount = Infinity } = {}) =>
      events.filter((event) => event.streamId === streamId && event.revision >= fromRevision).slice(0, maxCount),
  } as EventStore;
}

/** A destination that takes one chunk per tick and says "full" past `highWaterMark` bytes. */
function slowDestination(highWaterMark: number) {
  const chunks: string[] = [];
  let mostBuffered = 0;
  const out = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      chunks.push(chunk);
      setImmediate(done);
    },
  });
  const write = out.write.bind(out);
  out.write = ((chunk: string) => {
    const ok = write(chunk);
    mostBuffered = Math.max(mostBuffered, out.writableLength);
    return ok;
  }) as Writable['write'];
  /** Everything written, once the destination has taken all that is buffered. */
  const text = async () => {
    await new Promise((resolve) => out.end(resolve));
    return chunks.join('');
  };
  return { out, text, mostBuffered: () => mostBuffered };
}

describe('exportEvents', () => {
  it('writes everything in order, a page at a time, waiting for a slow destination instead of buffering', async () => {
    const destination = slowDestination(1_024);
    const pages: number[] = [];
    const summary = await exportEvents(memoryStore(5_000), destination.out, {
      format: 'jsonl',
      pageSize: 100,
      onProgress: ({ events }) => pages.push(events),
    });
    const lines = (await destination.text()).trimEnd().split('\n');
    expect(summary).toEqual({ events: 5_000, lastPosition: 5_000 });
    expect(lines.map((line) => JSON.parse(line).position)).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
    expect(pages).toHaveLength(50);
    // Never more than one page waiting in the destination's buffer: it waited for 'drain' before the next. The last
    // page is the largest (the longest positions and ids).
    const largestPage = Buffer.byteLength(lines.slice(-100).join('\n')) + 100;
    expect(destination.mostBuffered()).toBeLessThanOrEqual(largestPage);
  });

  it('pages one stream by revision and keeps only the time window (from inclusive, to exclusive)', async () => {
    const destination = slowDestination(16_384);
    await exportEvents(memoryStore(300), destination.out, {
      format: 'jsonl',
      pageSize: 7,
      stream: 'organisation',
      from: new Date('2027-01-01T00:02:00Z'),
      to: new Date('2027-01-01T01:02:00Z'),
    });
    const positions = (await destination.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).position);
    // Minute n-1 holds position n; the organisation has every third position.
    expect(positions).toEqual(Array.from({ length: 20 }, (_, i) => 3 * (i + 1)));
  });

  it('writes only the CSV header when nothing is selected', async () => {
    const destination = slowDestination(16_384);
    const summary = await exportEvents(memoryStore(10), destination.out, { format: 'csv', stream: 'cycle-other' });
    expect(summary).toEqual({ events: 0, lastPosition: 0 });
    expect(await destination.text()).toBe(
      '\uFEFFposition,streamId,revision,id,type,recordedAt,data,metadata,hash,chainHash\r\n',
    );
  });

  it('stops with an error, instead of waiting forever, when the destination goes away mid-export', async () => {
    const destination = slowDestination(64);
    const exported = exportEvents(memoryStore(5_000), destination.out, { format: 'jsonl', pageSize: 10 });
    setImmediate(() => destination.out.destroy());
    await expect(exported).rejects.toBeInstanceOf(ExportDestinationClosedError);
  });
});

describe('what can be selected', () => {
  it.each([
    ['2027-03-11T09:00:00+01:00', '2027-03-11T08:00:00.000Z'],
    ['2027-03-11T08:00Z', '2027-03-11T08:00:00.000Z'],
    ['2027-03-11T08:00:00.123456Z', '2027-03-11T08:00:00.123Z'],
  ])('%s is an instant', (text, iso) => {
    expect(parseInstant(text)?.toISOString()).toBe(iso);
  });

  it.each(['2027-03-11', '2027-03-11T09:00:00', '2027-02-30T00:00:00Z', '2027-13-01T00:00:00Z', 'i går'])(
    '%s is not an instant',
    (text) => {
      expect(parseInstant(text)).toBeUndefined();
    },
  );

  it('refuses an unknown kind of stream and a window that ends before it starts', () => {
    expect(selectionProblem({ stream: 'organisation' })).toBeUndefined();
    expect(selectionProblem({ stream: 'cycle-2027-forår' })).toContain('stream');
    expect(selectionProblem({ stream: 'people' })).toContain('stream');
    const from = new Date('2027-01-02T00:00:00Z');
    expect(selectionProblem({ from, to: from })).toContain('to');
    expect(selectionProblem({ from, to: new Date('2027-01-03T00:00:00Z') })).toBeUndefined();
  });
});
