import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copenhagenTime } from '@ledelsesrum/domain';
import { repoRoot } from '../../infra/repo-root';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { justNow, MEETING_DATE } from '../support/dates';
import { until } from '../support/until';

jest.setTimeout(180_000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** A timeline line starts with its Copenhagen time and revision: `2027-03-11 10:15:02  #2  `. */
const TIMELINE_LINE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} {2}#\d+ {2}/;

interface HistoryEntry {
  type: string;
  revision: number;
  recordedAt: string;
  actor: { id: string | null; roles: string[] | null };
  requestId: string | null;
  workflowId: string | null;
  workflowRunId: string | null;
  data: Record<string, unknown>;
}

/**
 * Who caused each event and through which request, and `replay` reading the store directly: a cycle driven over
 * HTTP with X-Request-Id headers against the built API and worker, then replayed with the built CLI.
 */
describe('the audit trail: metadata on every event, and replay to any moment', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let cycleId: string;
  let events: HistoryEntry[];
  const org = organisationFixture(2, 2);

  /** `npm run cli -- replay …` as an auditor runs it, on the system's data folder. */
  const replay = (...args: string[]) => {
    const root = repoRoot();
    const result = spawnSync(
      process.execPath,
      [
        '-r',
        join(root, 'infra', 'register-paths.js'),
        join(root, 'dist', 'apps', 'cli', 'src', 'main.js'),
        'replay',
      ].concat(args),
      { env: { ...withoutStoreUrl(process.env), DATA_DIR: system.dataDir }, encoding: 'utf8' },
    );
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  /** A command with its own X-Request-Id; returns the status and the X-Request-Id the API answered with. */
  const send = async (method: string, path: string, token: string, requestId: string, body?: unknown) => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return {
      status: response.status,
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as any,
    };
  };
  const history = async () =>
    (await call('GET', `/cycles/${cycleId}/events`, { token: await system.token('revisor-1', 'auditor') }))
      .body as HistoryEntry[];

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    await send('PUT', '/organisation', chef, 'audit-org-1', org);
    const launch = await send('POST', '/cycles', chef, 'audit-launch-1', {
      theme: 'Tværgående ledelse',
      meetingDate: MEETING_DATE,
    });
    cycleId = launch.body.id;
    const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] };
    await send('PUT', `/cycles/${cycleId}/agenda`, chef, 'audit-agenda-1', agenda);
    await send('POST', `/cycles/${cycleId}/prep`, chef, 'audit-prep-1');
    // A moment apart, so that a time between the prep and the meeting can be named.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const facilitator = await system.token('p-1-1', 'facilitator', 'leader');
    const meeting = {
      heldAt: justNow(),
      attendeeIds: ['p-1-1'],
      keyPoints: [],
      inputToChefgruppen: [],
    };
    await send('POST', `/cycles/${cycleId}/meetings/g-1`, facilitator, 'audit-meeting-1', meeting);
    // The prep round's messages are the cycle process's own events; wait for them to be recorded.
    await until(async () => (await history()).some((event) => event.type === 'NoticeRoundCompleted'), 'the prep round');
    events = await history();
  });
  afterAll(async () => system?.stop());

  it('echoes the caller’s X-Request-Id, and answers a malformed one with a fresh UUID it records', async () => {
    const sane = await send('GET', `/cycles/${cycleId}`, chef, 'trace:42.a_b-c');
    expect(sane.requestId).toBe('trace:42.a_b-c');

    const schedule = { deadline: 'P15D' };
    const malformed = await send('PATCH', `/cycles/${cycleId}/schedule`, chef, 'not a sane id/æ', schedule);
    expect(malformed.requestId).toMatch(UUID);
    const tooLong = await send('GET', `/cycles/${cycleId}`, chef, 'x'.repeat(101));
    expect(tooLong.requestId).toMatch(UUID);
    const changed = (await history()).find((event) => event.type === 'ScheduleChanged');
    expect(changed?.requestId).toBe(malformed.requestId);

    // Refused requests carry one too, so a caller can quote it.
    const refused = await fetch(`${system.baseUrl}/cycles/${cycleId}`, { headers: { 'x-request-id': 'no-token-1' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('x-request-id')).toBe('no-token-1');
  });

  it('records on every event who caused it, in which roles and through which request; the process’s own, its workflow run', () => {
    const [launched, agendaSet, prepSent] = events;
    // A person's command goes through the application layer, not through a workflow: no run to name.
    expect(launched).toMatchObject({
      type: 'CycleLaunched',
      actor: { id: 'chef-1', roles: ['chefgruppen'] },
      requestId: 'audit-launch-1',
      workflowId: null,
      workflowRunId: null,
    });
    expect(agendaSet).toMatchObject({ type: 'AgendaSet', requestId: 'audit-agenda-1' });
    expect(prepSent).toMatchObject({ type: 'PrepSent', requestId: 'audit-prep-1' });
    expect(events.find((event) => event.type === 'MeetingRecorded')).toMatchObject({
      actor: { id: 'p-1-1', roles: ['facilitator', 'leader'] },
      requestId: 'audit-meeting-1',
    });
    // The process's own messages: the system, no request, and the workflow run that sent them.
    const notices = events.filter((event) => event.type === 'NotificationSent');
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) {
      expect(notice).toMatchObject({
        actor: { id: '@system', roles: ['system'] },
        requestId: null,
        workflowId: `cycle-${cycleId}`,
        workflowRunId: expect.any(String),
      });
    }
  });

  it('replays the cycle at --revision 2: prep sent, and a timeline of three lines with actor and request', () => {
    const result = replay(cycleId, '--revision', '2');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Fase / Stage: prep_sent');
    expect(result.stdout).toContain('g-1: ikke holdt / not held');
    const lines = result.stdout.split('\n').filter((line) => TIMELINE_LINE.test(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/#0 {2}chef-1 \(chefgruppen\) {2}req audit-launch-1 .*Møderunde startet/);
    expect(lines[1]).toMatch(/#1 {2}chef-1 \(chefgruppen\) {2}req audit-agenda-1 .*Dagsorden sat/);
    expect(lines[2]).toMatch(/#2 {2}chef-1 \(chefgruppen\) {2}req audit-prep-1 .*Forberedelse sendt til 4 ledere/);
  });

  it('replays the cycle --at a moment between two events as it was then, and at the later one after it', () => {
    const meeting = events.find((event) => event.type === 'MeetingRecorded')!;
    const before = events[meeting.revision - 1]!;
    const between = new Date((Date.parse(before.recordedAt) + Date.parse(meeting.recordedAt)) / 2).toISOString();
    expect(Date.parse(between)).toBeLessThan(Date.parse(meeting.recordedAt));

    const then = JSON.parse(replay(cycleId, '--at', between, '--json').stdout);
    expect(then).toMatchObject({ until: { at: between }, revision: meeting.revision - 1 });
    expect(then.state).toMatchObject({
      stage: 'prep_sent',
      groups: [{ id: 'g-1', meetingHeld: false }, { id: 'g-2' }],
    });
    expect(then.timeline).toHaveLength(meeting.revision);

    const after = JSON.parse(replay(cycleId, '--at', meeting.recordedAt, '--json').stdout);
    expect(after.state.groups[0]).toEqual({ id: 'g-1', meetingHeld: true });
    expect(after.timeline.at(-1)).toMatchObject({
      type: 'MeetingRecorded',
      actor: { id: 'p-1-1', roles: ['facilitator', 'leader'] },
      requestId: 'audit-meeting-1',
      description: { da: 'Møde registreret for g-1', en: 'Meeting recorded for g-1' },
    });
    // The same moment written as Copenhagen wall time with its offset reads the same.
    const wall = copenhagenTime(between).replace(' ', 'T');
    const offsetHours = (Date.parse(`${wall}Z`) - Math.floor(Date.parse(between) / 1000) * 1000) / 3600_000;
    const local = `${wall}.${between.slice(20, 23)}+0${offsetHours}:00`;
    expect(JSON.parse(replay(cycleId, '--at', local, '--json').stdout).revision).toBe(meeting.revision - 1);
  });

  it('replays the organisation by ids only, with who changed it through which request', () => {
    const text = replay('organisation', '--revision', '2');
    expect(text.status).toBe(0);
    expect(text.stdout).not.toMatch(/Ærø|@kommune\.dk/);
    const json = JSON.parse(replay('organisation', '--json').stdout);
    expect(json.state.people.map((person: { id: string }) => person.id)).toEqual(['p-1-1', 'p-1-2', 'p-2-1', 'p-2-2']);
    expect(JSON.stringify(json)).not.toMatch(/Ærø|@kommune\.dk|ciphertext/);
    expect(json.timeline[0]).toMatchObject({
      actor: { id: 'chef-1', roles: ['chefgruppen'] },
      requestId: 'audit-org-1',
    });
  });

  it('says so for an unknown cycle (exit 1) and for a malformed --at (exit 2, with the usage)', () => {
    const unknown = replay('00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('Ukendt møderunde / Unknown meeting round: 00000000-0000-4000-8000-000000000000');

    const badAt = replay(cycleId, '--at', 'i går');
    expect(badAt.status).toBe(2);
    expect(badAt.stderr).toContain('--at');
    expect(badAt.stderr).toContain('replay <møderunde-id/meeting-round-id>');
    expect(badAt.stdout).toBe('');
  });
});

/** DATA_DIR then names the store (EVENT_STORE_URL would win over it). */
function withoutStoreUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'EVENT_STORE_URL'));
}
