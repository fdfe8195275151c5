import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';
import { justNow } from '../support/dates';

jest.setTimeout(180_000);

/**
 * The read model is only a projection of the events: dropped and rebuilt from them in the running API, every view
 * must come out exactly as it was.
 */
describe('rebuilding the read model from the events', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let auditor: string;
  const cycles: string[] = [];
  const org = organisationFixture(2, 2);

  const send = async (method: string, path: string, body?: unknown, token = chef) => {
    const result = await call(method, path, { token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const roundsOf = async (id: string) =>
    ((await send('GET', `/cycles/${id}/events`)) as { type: string }[]).filter(
      (event) => event.type === 'NoticeRoundCompleted',
    ).length;
  /** Every read the read model answers: the list, and each cycle with its input to chefgruppen. */
  const snapshot = async () => ({
    list: await send('GET', '/cycles'),
    cycles: await Promise.all(
      cycles.map(async (id) => ({
        cycle: await send('GET', `/cycles/${id}`),
        input: await send('GET', `/cycles/${id}/input`),
      })),
    ),
  });

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    auditor = await system.token('revisor-1', 'auditor');
    await send('PUT', '/organisation', org);
    // A whole cycle; a second one mid-way whose g-1 sent input up; a third that took that input up.
    const whole = await cycleAtStage(system, call, org.groups, 'completed');
    const midway = await cycleAtStage(system, call, org.groups, 'prep_sent');
    const [g1] = org.groups;
    await send('POST', `/cycles/${midway}/meetings/g-1`, {
      heldAt: justNow(),
      attendeeIds: g1!.memberIds,
      keyPoints: ['Vi deler viden'],
      inputToChefgruppen: ['Mere tid til ledelse', 'Fælles mødekalender'],
    });
    const later = await cycleAtStage(system, call, org.groups, 'launched');
    await send('POST', `/cycles/${later}/taken-up-input`, { fromCycleId: midway, groupId: 'g-1', item: 1 });
    cycles.push(whole, midway, later);
    // The workflows send their rounds at their own pace: the views are compared once they are all stored.
    await until(async () => (await roundsOf(whole)) === 2 && (await roundsOf(midway)) === 1, 'the notice rounds');
    // The worker stores the rounds; the API's read model hears of them at its next poll.
    const folded = async (id: string) =>
      ((await send('GET', `/cycles/${id}`)) as { revision: number }).revision ===
      ((await send('GET', `/cycles/${id}/events`)) as unknown[]).length - 1;
    await until(async () => (await folded(whole)) && (await folded(midway)), 'the read model to fold the rounds');
  });
  afterAll(async () => system?.stop());

  it('answers every read exactly as before, and says what it folded', async () => {
    const before = await snapshot();
    expect(before.cycles[1]!.input[0].takenUp).toEqual([
      { item: 1, takenUpIn: [expect.objectContaining({ cycleId: cycles[2] })] },
    ]);

    const rebuild = await call('POST', '/audit/projections/rebuild', { token: auditor });

    expect(rebuild.status).toBe(200);
    expect(rebuild.body).toEqual({
      cycles: 3,
      events: expect.any(Number),
      position: expect.any(Number),
      durationMs: expect.any(Number),
    });
    // Every event of the log, the organisation's too, up to the last one.
    const all = (await send('GET', `/cycles/${cycles[0]}/events`)).length;
    expect(rebuild.body.events).toBeGreaterThan(all);
    expect(rebuild.body.position).toBeGreaterThanOrEqual(rebuild.body.events);
    expect(await snapshot()).toEqual(before);
  });

  it('goes on taking commands after the swap, and rebuilding again changes nothing', async () => {
    const [, , later] = cycles;
    const agenda = await send('PUT', `/cycles/${later}/agenda`, {
      items: [{ title: 'Trivsel' }],
      prepTasks: [],
      materials: [],
    });
    expect(agenda).toMatchObject({ stage: 'agenda_set' });
    const before = await snapshot();
    await send('POST', '/audit/projections/rebuild', undefined, chef);
    expect(await snapshot()).toEqual(before);
  });

  it('is refused to facilitators, leaders and callers without a token, and takes no body', async () => {
    for (const role of ['facilitator', 'leader'] as const) {
      const token = await system.token('p-1-1', role);
      expect((await call('POST', '/audit/projections/rebuild', { token })).status).toBe(403);
    }
    expect((await call('POST', '/audit/projections/rebuild')).status).toBe(401);
    expect((await call('POST', '/audit/projections/rebuild', { token: auditor, body: { all: true } })).status).toBe(
      400,
    );
  });

  it('is what `projections rebuild` in the CLI does, printing the counts', () => {
    const root = repoRoot();
    const main = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['-r', join(root, 'infra', 'register-paths.js'), main, ...args], {
        env: { ...process.env, AUTH_JWT_SECRET: system.secret, DATA_DIR: system.dataDir, API_URL: system.baseUrl },
        encoding: 'utf8',
      });
    const rebuilt = run('projections', 'rebuild');
    expect(rebuilt.stderr).toBe('');
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toMatch(
      /^Læsemodellen er genopbygget: 3 møderunder, \d+ hændelser .* \/ The read model was rebuilt: 3 meeting rounds, \d+ events/,
    );
    const wrong = run('projections', 'drop');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('projections rebuild');
  });
});
