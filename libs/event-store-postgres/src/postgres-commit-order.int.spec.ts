/**
 * Out-of-order commits: one writer's transaction is held open after it has written its event while other writers try
 * to commit theirs. A subscriber following the store by position must still deliver every event, none skipped.
 * The same check is run against a deliberately naive, test-only store (a sequence, no lock) to show that it does catch
 * a skipped event — otherwise passing it would prove nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import type { NewEvent, RecordedEvent, Subscription } from '@ledelsesrum/event-store';
import { waitFor } from '@ledelsesrum/event-store/conformance';
import { appendInTransaction } from './postgres-append';
import { PostgresEventStore } from './postgres-event-store';
import { prepareSchema, tablesIn } from './postgres-schema';
import { createTestDatabase, type TestDatabase } from '../../postgres-kit/src/testing/postgres-test-database';
import { TestOnlyNaiveSequenceStore, type NaiveStorePart } from './testing/test-only-naive-sequence-store';

const pollIntervalMs = 20;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const newEvent = (): NewEvent => ({ id: randomUUID(), type: 'Tested', data: { n: randomUUID() } });

/** A store under test, and a way to run one append on a connection of its own up to (not including) COMMIT. */
interface Subject {
  readonly store: NaiveStorePart;
  holdOpenAppend(client: Client, streamId: string, event: NewEvent): Promise<void>;
}

interface Outcome {
  /** Ids of the events stored in the end that the subscriber never delivered. */
  readonly skipped: string[];
  readonly delivered: RecordedEvent[];
  readonly final: RecordedEvent[];
  readonly held: NewEvent;
  /** Whether the other writers had committed while the held transaction was still open. */
  readonly othersCommittedMeanwhile: boolean;
}

/** The check: hold one append open, let three others try to commit, release it, and compare with the final log. */
async function heldTransactionScenario(subject: Subject, url: string): Promise<Outcome> {
  await subject.store.appendToStream('before', [newEvent()], { expectedRevision: 'any' });
  const delivered: RecordedEvent[] = [];
  const subscription: Subscription = subject.store.subscribeToAll({ onEvent: (event) => void delivered.push(event) });
  const holder = new Client({ connectionString: url });
  await holder.connect();
  try {
    await subscription.caughtUp();
    const held = newEvent();
    await holder.query('BEGIN');
    await subject.holdOpenAppend(holder, 'held', held);

    let othersDone = false;
    const others = Promise.all(
      [1, 2, 3].map((n) => subject.store.appendToStream(`other-${n}`, [newEvent()], { expectedRevision: 'any' })),
    ).then(() => (othersDone = true));
    // Give the subscriber every chance to move past the held event: wait until it has delivered the others, or long
    // enough for many polls when they cannot commit.
    await waitFor(() => delivered.length >= 4, 'the other writers', 1_000).catch(() => undefined);
    await sleep(10 * pollIntervalMs);
    const othersCommittedMeanwhile = othersDone;

    await holder.query('COMMIT');
    await others;
    await subscription.caughtUp();
    await sleep(10 * pollIntervalMs);
    await subscription.stop();

    const final = await subject.store.readAll();
    const seen = new Set(delivered.map((event) => event.id));
    const skipped = final.filter((event) => !seen.has(event.id)).map((event) => event.id);
    return { skipped, delivered, final, held, othersCommittedMeanwhile };
  } finally {
    await subscription.stop();
    await holder.end();
  }
}

let database: TestDatabase;
const pools: Pool[] = [];
const stores: PostgresEventStore[] = [];
beforeAll(async () => {
  database = await createTestDatabase('commit_order');
});
afterAll(async () => {
  await Promise.all([...stores.splice(0).map((store) => store.close()), ...pools.splice(0).map((pool) => pool.end())]);
  await database?.drop();
});
const freshSchema = (): string => `t_${randomBytes(6).toString('hex')}`;

describe('a subscriber while a writer holds its transaction open', () => {
  it('PostgresEventStore: the others wait for the lock, and the subscriber skips nothing and keeps commit order', async () => {
    const schema = freshSchema();
    const store = await PostgresEventStore.open(database.url, { schema, pollIntervalMs });
    stores.push(store);
    const pool = new Pool({ connectionString: database.url, max: 1 });
    pools.push(pool);
    const target = { tables: tablesIn(schema), lockKey: await prepareSchema(pool, tablesIn(schema)) };

    const outcome = await heldTransactionScenario(
      {
        store,
        // The adapter's own append steps, on our client: it takes the lock and keeps it until our COMMIT.
        holdOpenAppend: async (client, streamId, event) => {
          await appendInTransaction(client, target, streamId, [event], 'any');
        },
      },
      database.url,
    );

    expect(outcome.othersCommittedMeanwhile).toBe(false);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.delivered.map((event) => event.id)).toEqual(outcome.final.map((event) => event.id));
    expect(outcome.final.map((event) => event.position)).toEqual([1, 2, 3, 4, 5]);
    expect(outcome.final[1]!.id).toBe(outcome.held.id);
  });

  it('TEST-ONLY naive store (sequence, no lock): the same check detects the skipped event', async () => {
    const pool = new Pool({ connectionString: database.url, max: 5 });
    pools.push(pool);
    const naive = await TestOnlyNaiveSequenceStore.create(pool, freshSchema(), pollIntervalMs);

    const outcome = await heldTransactionScenario(
      {
        store: naive,
        holdOpenAppend: async (client, streamId, event) => void (await naive.insert(client, streamId, event)),
      },
      database.url,
    );

    // The others committed past the held event's position; the subscriber moved on and never came back for it.
    expect(outcome.othersCommittedMeanwhile).toBe(true);
    expect(outcome.skipped).toEqual([outcome.held.id]);
    const heldPosition = outcome.final.find((event) => event.id === outcome.held.id)!.position;
    expect(heldPosition).toBeLessThan(outcome.delivered[outcome.delivered.length - 1]!.position);
  });
});
