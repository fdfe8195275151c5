import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { cycleDecider, cycleStreamId, DomainErrorCode, type CycleCommand } from '@ledelsesrum/domain';
import type { EventStore, NewEvent } from '@ledelsesrum/event-store';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { cycleClient, runToSummary } from '../../../test/support/cycle-client';
import { justNow } from '../../../test/support/dates';
import { groupSnapshots, organisationFixture } from '../../../test/support/organisation-fixture';
import { CommandHandler, type CommandHandlerOptions } from './command-handler';
import { CommandTooLargeError, MAX_COMMAND_BYTES } from './command-size';
import { ConcurrencyExhaustedError } from './errors';

/** The real SQLite store, with the appends it was asked for counted. */
function countingAppends(store: EventStore): EventStore & { appends: number } {
  const counted = Object.create(store) as EventStore & { appends: number };
  counted.appends = 0;
  counted.appendToStream = (streamId: string, events: readonly NewEvent[], options) => {
    counted.appends += 1;
    return store.appendToStream(streamId, events, options);
  };
  return counted;
}

const groups = groupSnapshots(organisationFixture(5, 12));
const leaders = groups.flatMap((group) => group.memberIds);
const confirm = (personId: string): CycleCommand => ({
  type: 'ConfirmCascade',
  personId,
  passedOnAt: justNow(),
  channel: 'personalemøde',
});

describe('CommandHandler over a real SQLite file', () => {
  let file: string;
  let store: SqliteEventStore;
  const handler = (over: EventStore = store, options?: CommandHandlerOptions) =>
    new CommandHandler(over, cycleDecider, options);

  beforeEach(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-app-')), 'events.sqlite');
    store = await SqliteEventStore.open(file);
  });
  afterEach(async () => store.close());

  async function cycleAtSummary(commands: ReturnType<typeof handler>) {
    const cycle = cycleClient(commands, randomUUID());
    await runToSummary(cycle, groups);
    return cycle;
  }

  it('stamps every event with the command’s origin: actor, roles, request, key and time', async () => {
    // One moment for every command, the clock's: taken now, so the meetings and the cascade are not in the future.
    const at = new Date();
    const commands = handler(store, { clock: () => at });
    const cycle = await cycleAtSummary(commands);
    const outcome = await commands.execute(cycleStreamId(cycle.cycleId), confirm(leaders[1]!), {
      actorId: leaders[1]!,
      actorRoles: ['leader'],
      requestId: 'req-1',
      via: 'confirm-link',
      idempotencyKey: 'k-1',
    });
    const [stored] = await store.readStream(cycleStreamId(cycle.cycleId), { fromRevision: outcome.revision });
    expect(stored?.metadata).toEqual({
      actorId: leaders[1],
      actorRoles: ['leader'],
      occurredAt: at.toISOString(),
      command: 'ConfirmCascade',
      idempotencyKey: 'k-1',
      requestId: 'req-1',
      via: 'confirm-link',
    });
  });

  it('stores commands that arrive together in fewer appends than commands, each decided on the one before', async () => {
    const counted = countingAppends(store);
    const commands = handler(counted);
    const cycle = await cycleAtSummary(commands);
    const before = counted.appends;

    const outcomes = await Promise.all(leaders.map((personId) => cycle.confirmCascade(personId)));

    expect(counted.appends - before).toBeLessThan(leaders.length / 4);
    const events = await store.readStream(cycleStreamId(cycle.cycleId));
    expect(events.filter((event) => event.type === 'CascadeConfirmed')).toHaveLength(leaders.length);
    expect(events.at(-1)?.type).toBe('CycleCompleted');
    expect(events.map((event) => event.revision)).toEqual(events.map((_event, index) => index));
    // Each answer is the state right after its own command: the last one's completes the cycle.
    expect(outcomes.map((outcome) => outcome.revision)).toEqual(
      [...outcomes.map((o) => o.revision)].sort((a, b) => a - b),
    );
    expect(outcomes.at(-1)?.state).toMatchObject({ stage: 'completed' });
  });

  it('refuses a broken rule for that command alone, storing nothing for it, while the others in its batch are stored', async () => {
    const commands = handler();
    const cycle = await cycleAtSummary(commands);
    const results = await Promise.allSettled([
      cycle.confirmCascade(leaders[0]!),
      cycle.confirmCascade('p-nobody'),
      cycle.confirmCascade(leaders[1]!),
      cycle.confirmCascade(leaders[0]!),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: DomainErrorCode.PersonNotInCycle });
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({
      code: DomainErrorCode.CascadeAlreadyConfirmed,
    });
    const confirmed = (await store.readStream(cycleStreamId(cycle.cycleId))).filter(
      (event) => event.type === 'CascadeConfirmed',
    );
    expect(confirmed.map((event) => (event.data as { personId: string }).personId)).toEqual([leaders[0], leaders[1]]);
  });

  it('answers a repeated Idempotency-Key as done and stores nothing new, also from a second replica racing the first', async () => {
    const other = await SqliteEventStore.open(file);
    try {
      const first = handler();
      const cycle = await cycleAtSummary(first);
      const second = handler(other);
      const origin = { actorId: leaders[2]!, idempotencyKey: 'same-key' };
      const stream = cycleStreamId(cycle.cycleId);

      const raced = await Promise.all([
        first.execute(stream, confirm(leaders[2]!), origin),
        second.execute(stream, confirm(leaders[2]!), origin),
      ]);
      const again = await first.execute(stream, confirm(leaders[2]!), origin);

      expect(again.repeated).toBe(true);
      expect(raced.map((outcome) => outcome.state)).toEqual([
        expect.objectContaining({ confirmedCount: 1 }),
        expect.objectContaining({ confirmedCount: 1 }),
      ]);
      const confirmed = (await store.readStream(stream)).filter((event) => event.type === 'CascadeConfirmed');
      expect(confirmed).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('decides again on what another replica stored, so both replicas’ commands are stored', async () => {
    const other = await SqliteEventStore.open(file);
    try {
      const first = handler();
      const cycle = await cycleAtSummary(first);
      const second = cycleClient(handler(other), cycle.cycleId);
      await Promise.all(leaders.map((personId, index) => (index % 2 ? cycle : second).confirmCascade(personId)));
      const confirmed = (await store.readStream(cycleStreamId(cycle.cycleId))).filter(
        (event) => event.type === 'CascadeConfirmed',
      );
      expect(new Set(confirmed.map((event) => (event.data as { personId: string }).personId)).size).toBe(
        leaders.length,
      );
      expect(confirmed).toHaveLength(leaders.length);
    } finally {
      await other.close();
    }
  });

  it('gives up with ConcurrencyExhaustedError after its attempts, having stored nothing for the command', async () => {
    const commands = handler(store, { maxAttempts: 1 });
    const cycle = await cycleAtSummary(commands);
    const stream = cycleStreamId(cycle.cycleId);
    // Another process moves the stream on behind this handler's back.
    const other = await SqliteEventStore.open(file);
    await cycleClient(handler(other), cycle.cycleId).confirmCascade(leaders[3]!);
    await other.close();

    await expect(cycle.confirmCascade(leaders[4]!)).rejects.toBeInstanceOf(ConcurrencyExhaustedError);
    const confirmed = (await store.readStream(stream)).filter((event) => event.type === 'CascadeConfirmed');
    expect(confirmed.map((event) => (event.data as { personId: string }).personId)).toEqual([leaders[3]]);
  });

  it('refuses a command that would record more than its size cap, storing nothing for it, while its batch is stored', async () => {
    const commands = handler();
    const cycle = await cycleAtSummary(commands);
    const stream = cycleStreamId(cycle.cycleId);
    const before = (await store.readStream(stream)).length;
    const oversized: CycleCommand = {
      type: 'ConfirmCascade',
      personId: leaders[2]!,
      passedOnAt: justNow(),
      channel: 'personalemøde',
      // A sealed note (as the API seals it) far beyond what a cycle command may record.
      note: { alg: 'A256GCM', iv: 'aXY=', ciphertext: 'x'.repeat(3 * MAX_COMMAND_BYTES), tag: 'dGFn' },
    };

    const results = await Promise.allSettled([
      cycle.confirmCascade(leaders[0]!),
      cycle.run(oversized, leaders[2]!),
      cycle.confirmCascade(leaders[1]!),
    ]);

    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const refusal = (results[1] as PromiseRejectedResult).reason as CommandTooLargeError;
    expect(refusal).toBeInstanceOf(CommandTooLargeError);
    expect(refusal).toMatchObject({ commandType: 'ConfirmCascade', limit: MAX_COMMAND_BYTES });
    expect(refusal.bytes).toBeGreaterThan(2 * MAX_COMMAND_BYTES);
    expect(refusal.message).toBe('COMMAND_TOO_LARGE');
    const stored = await store.readStream(stream);
    expect(stored).toHaveLength(before + 2);
    expect(stored.slice(before).map((event) => (event.data as { personId: string }).personId)).toEqual([
      leaders[0],
      leaders[1],
    ]);
    // The leader can still confirm with a note of a sane size.
    await expect(cycle.confirmCascade(leaders[2]!)).resolves.toMatchObject({ repeated: false });
  });

  it('gives a command whose events list the organisation its own, larger cap', async () => {
    const bigGroups = groupSnapshots(organisationFixture(100, 80));
    const commands = handler();
    const cycle = cycleClient(commands, randomUUID());

    const launched = await cycle.launch(bigGroups);

    const [event] = await store.readStream(cycleStreamId(cycle.cycleId));
    expect(JSON.stringify(event?.data).length).toBeGreaterThan(MAX_COMMAND_BYTES);
    expect(launched.events.map((e) => e.type)).toEqual(['CycleLaunched']);
    await expect(
      cycleClient(handler(store, { maxCommandBytes: () => MAX_COMMAND_BYTES }), randomUUID()).launch(bigGroups),
    ).rejects.toBeInstanceOf(CommandTooLargeError);
  });
});
