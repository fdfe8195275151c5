import { apiClient } from '../support/http';
import { CASCADE, cycleUpToSummary } from '../support/cycle-over-http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

describe('a worker process killed in the middle of a cycle', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
  });
  afterAll(async () => system?.stop());

  it('is replaced by a new worker that finishes the cycle, with every event stored exactly once', async () => {
    const org = organisationFixture(4, 10);
    const id = await cycleUpToSummary(system, call, org);
    const leaders = org.groups.flatMap((group) => group.memberIds);
    const confirm = async (personId: string) =>
      call('POST', `/cycles/${id}/cascades/${personId}`, {
        token: await system.token(personId, 'leader'),
        body: CASCADE,
        headers: { 'idempotency-key': `cascade-${personId}` },
      });

    // Half confirm, then the worker dies (SIGKILL: no clean shutdown) while the other half are on their way.
    const firstHalf = await Promise.all(leaders.slice(0, 20).map(confirm));
    expect(firstHalf.map((result) => result.status)).toEqual(leaders.slice(0, 20).map(() => 200));
    const secondHalf = Promise.all(leaders.slice(20).map(confirm));
    await system.kill('worker');
    await system.start('worker');
    expect((await secondHalf).map((result) => result.status)).toEqual(leaders.slice(20).map(() => 200));

    const chef = await system.token('chef-1', 'chefgruppen');
    expect((await call('GET', `/cycles/${id}`, { token: chef })).body).toMatchObject({
      stage: 'completed',
      cascades: { total: 40, confirmed: 40 },
    });
    const events: { id: string; type: string; revision: number; data: { personId?: string } }[] = (
      await call('GET', `/cycles/${id}/events`, { token: chef })
    ).body;
    const confirmed = events.filter((event) => event.type === 'CascadeConfirmed').map((event) => event.data.personId);
    expect(confirmed.sort()).toEqual([...leaders].sort());
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(events.map((event) => event.revision)).toEqual(events.map((_event, index) => index));
    expect(events.filter((event) => event.type === 'CycleCompleted')).toHaveLength(1);
  });
});
