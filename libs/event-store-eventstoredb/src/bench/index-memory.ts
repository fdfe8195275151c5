/**
 * How much memory the EventStoreDB adapter's in-memory index of the log takes per event (`LogIndex`): builds the index
 * of 500,000 events over 1,500 streams (about 50 cycles a year for 30 years, in streams of a few hundred events) and
 * prints the heap it grew by. Run: `npm run bench:eventstoredb-index` (needs the build; not part of the tests).
 */
import { randomUUID } from 'node:crypto';
import { cycleStreamId } from '@ledelsesrum/domain';
import { LogIndex } from '../log-index';

const EVENTS = 500_000;
const STREAMS = 1_500;

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run node with --expose-gc (npm run bench:eventstoredb-index does)');
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * An id as the index gets it: parsed from the entry's JSON, one flat string. (`randomUUID()` returns a rope of small
 * pieces several times the size, which would measure the generator instead of the index.)
 */
const flatId = (): string => JSON.parse(JSON.stringify(randomUUID())) as string;

const streams = Array.from({ length: STREAMS }, () => cycleStreamId(flatId()));
const revisions = new Array<number>(STREAMS).fill(0);
const before = heapAfterGc();
const started = performance.now();
const index = new LogIndex();
for (let position = 1; position <= EVENTS; position++) {
  const stream = position % STREAMS;
  index.add({
    id: flatId(),
    streamId: streams[stream]!,
    revision: revisions[stream]!++,
    position,
    type: 'MeetingRecorded',
    data: {},
    metadata: {},
    recordedAt: new Date().toISOString(),
    hash: randomUUID().repeat(2),
    chainHash: randomUUID().repeat(2),
  });
}
const seconds = (performance.now() - started) / 1000;
const grown = heapAfterGc() - before;
process.stdout.write(
  `LogIndex: ${EVENTS.toLocaleString('en')} events in ${STREAMS} streams: ` +
    `${(grown / 1024 / 1024).toFixed(0)} MiB, ${(grown / EVENTS).toFixed(0)} bytes an event; ` +
    `taken in at ${Math.round(EVENTS / seconds).toLocaleString('en')} events/s (head ${index.position})\n`,
);
