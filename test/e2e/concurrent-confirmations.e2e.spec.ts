import { apiClient } from '../support/http';
import { CASCADE, cycleUpToSummary } from '../support/cycle-over-http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

describe('many leaders confirming their cascade in the same second', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
  });
  afterAll(async () => system?.stop());

  it('answers all 50 with 200 and records each confirmation once', async () => {
    const org = organisationFixture(5, 12);
    const id = await cycleUpToSummary(system, call, org);
    const leaders = org.groups.flatMap((group) => group.memberIds).slice(0, 50);
    const tokens = await Promise.all(leaders.map((personId) => system.token(personId, 'leader')));
    const results = await Promise.all(
      leaders.map((personId, i) =>
        call('POST', `/cycles/${id}/cascades/${personId}`, { token: tokens[i], body: CASCADE }),
      ),
    );
    expect(results.map((result) => result.status)).toEqual(leaders.map(() => 200));
    // Chefgruppen sees who is still pending; a leader sees only themself.
    const chef = await system.token('chef-1', 'chefgruppen');
    const view = (await call('GET', `/cycles/${id}`, { token: chef })).body;
    expect(view.cascades).toMatchObject({ total: 60, confirmed: 50 });
    expect(view.cascades.pending).toHaveLength(10);
  });
});
