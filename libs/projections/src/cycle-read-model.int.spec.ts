import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cycleStreamId, decideCycle, evolveCycle, initialCycleState, type CycleCommand } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { CycleReadModel } from './cycle-read-model';

const GROUPS = [{ id: 'g-1', facilitatorId: 'p-1', memberIds: ['p-1', 'p-2'] }];

/** Decides and appends a cycle's launch and agenda, as the workflow would; returns the stream's last revision. */
async function launchCycle(store: SqliteEventStore, cycleId: string): Promise<number> {
  const commands: CycleCommand[] = [
    { type: 'LaunchCycle', cycleId, theme: `Tema ${cycleId}`, meetingDate: '2027-05-20', groups: GROUPS },
    { type: 'SetAgenda', items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] },
  ];
  let state = initialCycleState;
  let revision: number | 'no_stream' = 'no_stream';
  for (const [index, command] of commands.entries()) {
    const events = decideCycle(command, state, { actorId: 'chef-1', now: '2027-01-04T08:00:00.000Z' });
    state = events.reduce(evolveCycle, state);
    const stored = events.map((event, n) => ({ ...event, id: `${cycleId}-${index}-${n}` }));
    revision = (await store.appendToStream(cycleStreamId(cycleId), stored, { expectedRevision: revision }))
      .nextExpectedRevision;
  }
  return revision as number;
}

describe('CycleReadModel.rebuild', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-read-model-'));
  const file = join(folder, 'events.sqlite');
  let store: SqliteEventStore;
  let other: SqliteEventStore;
  let model: CycleReadModel;

  beforeAll(async () => {
    store = SqliteEventStore.open(file, { pollIntervalMs: 10 });
    // Appends through another connection reach the model only by polling, as the worker's do in production.
    other = SqliteEventStore.open(file, { pollIntervalMs: 10 });
    for (let n = 1; n <= 20; n += 1) await launchCycle(other, `c-${n}`);
    await other.appendToStream('organisation', [{ id: 'o-1', type: 'Other', data: {} }], { expectedRevision: 'any' });
    model = new CycleReadModel(store);
    await model.start();
  });
  afterAll(async () => {
    await model?.stop();
    await other?.close();
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('folds every event again and ends up where the live model was, counting cycles and events', async () => {
    const before = model.list();
    const result = await model.rebuild();
    expect(result).toMatchObject({ cycles: 20, events: 20 * 2 + 1, position: 20 * 2 + 1 });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(model.list()).toEqual(before);
  });

  it('keeps answering and following the store while it rebuilds, and wakes a command waiting for its revision', async () => {
    const rebuilt = model.rebuild();
    // Joined, not started twice.
    expect(model.rebuild()).toBe(rebuilt);
    expect(model.list()).toHaveLength(20);
    const revision = await launchCycle(other, 'c-during');
    const waited = model.waitForRevision('c-during', revision, 5_000);
    const result = await rebuilt;
    await waited;
    expect(model.view('c-during')).toMatchObject({ id: 'c-during', stage: 'agenda_set' });
    expect(result.cycles).toBeGreaterThanOrEqual(20);

    // After the swap the new projection is the one that follows the store.
    const later = await launchCycle(other, 'c-after');
    await model.waitForRevision('c-after', later, 5_000);
    expect(model.list().map((cycle) => cycle.id)).toEqual(
      expect.arrayContaining(['c-1', 'c-20', 'c-during', 'c-after']),
    );
  });
});

describe('CycleReadModel.caughtUp', () => {
  it('brings in a cycle another process stored a moment ago, without waiting for the next poll', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-read-model-'));
    const file = join(folder, 'events.sqlite');
    // A poll interval no test would wait for: only catching up can bring the cycle in.
    const store = SqliteEventStore.open(file, { pollIntervalMs: 60_000 });
    const other = SqliteEventStore.open(file);
    const model = new CycleReadModel(store);
    try {
      await model.start();
      await launchCycle(other, 'c-elsewhere');
      expect(model.get('c-elsewhere')).toBeUndefined();
      await model.caughtUp();
      expect(model.view('c-elsewhere')).toMatchObject({ id: 'c-elsewhere', stage: 'agenda_set' });
    } finally {
      await model.stop();
      await other.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
