import { randomUUID } from 'node:crypto';
import type { CycleStage } from '@ledelsesrum/domain';
import { CASCADE, cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { MEETING_DATE, sentNow } from '../support/dates';

jest.setTimeout(240_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
const G1_ONLY = ORG.groups.slice(0, 1);

const AGENDA = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
/** Held when it is sent: after prep, not in the future. */
const MEETING = sentNow('heldAt', { attendeeIds: ['p-1-1'], keyPoints: [], inputToChefgruppen: [] });
const LAUNCH = { theme: 'Trivsel', meetingDate: MEETING_DATE };

/** One HTTP request; `as` is the caller's person id (chefgruppen's chef-1 unless given, as a leader otherwise). */
interface Request {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly as?: string;
  readonly idempotencyKey?: string;
}

interface Conflict {
  readonly code: string;
  readonly when: string;
  readonly stage: CycleStage;
  /** The cycle's groups (both unless given). */
  readonly groups?: typeof ORG.groups;
  /** Requests that must succeed first. */
  readonly before?: (id: string) => Request[];
  request(id: string): Request;
  readonly details?: object;
}

const confirm = (id: string, personId: string): Request => ({
  method: 'POST',
  path: `/cycles/${id}/cascades/${personId}`,
  body: CASCADE,
  as: personId,
});
const record = (id: string, groupId: string, attendeeIds: string[]): Request => ({
  method: 'POST',
  path: `/cycles/${id}/meetings/${groupId}`,
  body: sentNow('heldAt', { ...MEETING, attendeeIds }),
});

const CONFLICTS: readonly Conflict[] = [
  {
    code: 'AGENDA_NOT_SET',
    when: 'sending prep before the agenda',
    stage: 'launched',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/prep` }),
  },
  {
    code: 'AGENDA_LOCKED',
    when: 'setting the agenda after prep was sent',
    stage: 'prep_sent',
    request: (id) => ({ method: 'PUT', path: `/cycles/${id}/agenda`, body: AGENDA }),
  },
  {
    code: 'PREP_ALREADY_SENT',
    when: 'sending prep twice',
    stage: 'prep_sent',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/prep` }),
  },
  {
    code: 'PREP_NOT_SENT',
    when: 'recording a meeting before prep',
    stage: 'agenda_set',
    request: (id) => record(id, 'g-1', ['p-1-1']),
  },
  {
    code: 'GROUP_NOT_IN_CYCLE',
    when: 'recording for a group the cycle was not launched with',
    stage: 'prep_sent',
    groups: G1_ONLY,
    request: (id) => record(id, 'g-2', ['p-2-1']),
    details: { groupId: 'g-2' },
  },
  {
    code: 'ATTENDEE_NOT_IN_GROUP',
    when: 'recording g-1 with an attendee from g-2',
    stage: 'prep_sent',
    request: (id) => record(id, 'g-1', ['p-1-1', 'p-2-1']),
    details: { personIds: ['p-2-1'] },
  },
  {
    code: 'MEETING_ALREADY_RECORDED',
    when: 'recording g-1 twice',
    stage: 'prep_sent',
    before: (id) => [record(id, 'g-1', ['p-1-1'])],
    request: (id) => record(id, 'g-1', ['p-1-2']),
    details: { groupId: 'g-1' },
  },
  {
    code: 'MEETINGS_NOT_HELD',
    when: 'publishing before every meeting',
    stage: 'prep_sent',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/summary`, body: { text: 'Opsamling' } }),
  },
  {
    code: 'SUMMARY_ALREADY_PUBLISHED',
    when: 'publishing twice',
    stage: 'summary_published',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/summary`, body: { text: 'Igen' } }),
  },
  {
    code: 'SUMMARY_NOT_PUBLISHED',
    when: 'confirming a cascade too early',
    stage: 'prep_sent',
    request: (id) => confirm(id, 'p-1-2'),
  },
  {
    code: 'PERSON_NOT_IN_CYCLE',
    when: 'p-2-2 confirms in a cycle of g-1 only',
    stage: 'summary_published',
    groups: G1_ONLY,
    request: (id) => confirm(id, 'p-2-2'),
    details: { personId: 'p-2-2' },
  },
  {
    code: 'CASCADE_ALREADY_CONFIRMED',
    when: 'confirming twice without an Idempotency-Key',
    stage: 'summary_published',
    before: (id) => [confirm(id, 'p-1-2')],
    request: (id) => confirm(id, 'p-1-2'),
    details: { personId: 'p-1-2' },
  },
  {
    code: 'CYCLE_COMPLETED',
    when: 'setting the agenda of a completed cycle',
    stage: 'completed',
    groups: G1_ONLY,
    request: (id) => ({ method: 'PUT', path: `/cycles/${id}/agenda`, body: AGENDA }),
  },
];

describe('the API contract: conflicts, retries and reading your writes', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
  });
  afterAll(async () => system?.stop());

  async function send({ as, idempotencyKey, ...request }: Request) {
    const token = as === undefined ? chef : await system.token(as, 'leader');
    const headers = idempotencyKey === undefined ? undefined : { 'idempotency-key': idempotencyKey };
    return call(request.method, request.path, { token, body: request.body, headers });
  }

  const revisionOf = async (id: string): Promise<number> =>
    (await call('GET', `/cycles/${id}`, { token: chef })).body.revision;
  const cycleCount = async (): Promise<number> => (await call('GET', '/cycles', { token: chef })).body.length;
  const confirmedPeople = async (id: string): Promise<string[]> =>
    (await call('GET', `/cycles/${id}/events`, { token: chef })).body
      .filter((event: { type: string }) => event.type === 'CascadeConfirmed')
      .map((event: { data: { personId: string } }) => event.data.personId);

  describe('commands the cycle’s stage refuses: 409 with the domain code, the cycle unchanged', () => {
    it.each(CONFLICTS)('$code when $when', async ({ code, stage, groups, before, request, details }) => {
      const id = await cycleAtStage(system, call, groups ?? ORG.groups, stage);
      for (const first of before?.(id) ?? []) expect((await send(first)).status).toBe(200);
      const revision = await revisionOf(id);

      const response = await send(request(id));

      expect({ status: response.status, body: response.body }).toMatchObject({
        status: 409,
        body: { code, ...(details ? { details } : {}) },
      });
      expect(await revisionOf(id)).toBe(revision);
    });

    it('ORGANISATION_INVALID when a group names an unknown facilitator: 422 with details.problems, organisation unchanged', async () => {
      const before = (await call('GET', '/organisation', { token: chef })).body;
      const groups = [{ ...ORG.groups[0]!, facilitatorId: 'nobody' }, ...ORG.groups.slice(1)];
      const response = await send({ method: 'PUT', path: '/organisation', body: { ...ORG, groups } });

      expect({ status: response.status, body: response.body }).toMatchObject({
        status: 422,
        body: {
          code: 'ORGANISATION_INVALID',
          details: { problems: [{ path: 'groups[0].facilitatorId', message: expect.stringContaining('nobody') }] },
        },
      });
      expect((await call('GET', '/organisation', { token: chef })).body).toEqual(before);
    });
  });

  describe('Idempotency-Key', () => {
    it('POST /cycles retried with the same key: the same cycle id, and only one cycle is launched', async () => {
      const count = await cycleCount();
      const idempotencyKey = `launch-${randomUUID()}`;
      const launch: Request = { method: 'POST', path: '/cycles', body: LAUNCH, idempotencyKey };

      const first = await send(launch);
      const retry = await send(launch);

      expect([first.status, retry.status]).toEqual([201, 201]);
      expect(retry.body.id).toBe(first.body.id);
      expect(await cycleCount()).toBe(count + 1);
    });

    it('a cascade confirmation retried with the same key: 200 again, and one CascadeConfirmed for the person', async () => {
      const id = await cycleAtStage(system, call, ORG.groups, 'summary_published');
      const confirmation = { ...confirm(id, 'p-1-2'), idempotencyKey: `cascade-${randomUUID()}` };

      const first = await send(confirmation);
      const retry = await send(confirmation);

      expect([first.status, retry.status]).toEqual([200, 200]);
      expect(await confirmedPeople(id)).toEqual(['p-1-2']);
    });

    it('a key of 300 characters: 400 naming the header, and no cycle is launched', async () => {
      const count = await cycleCount();
      const response = await send({ method: 'POST', path: '/cycles', body: LAUNCH, idempotencyKey: 'k'.repeat(300) });
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 });
      expect(response.body.message).toContain('Idempotency-Key');
      expect(await cycleCount()).toBe(count);
    });

    it('two people who happen to send the same key: each confirmation is recorded', async () => {
      const id = await cycleAtStage(system, call, ORG.groups, 'summary_published');
      const idempotencyKey = `shared-${randomUUID()}`;

      const first = await send({ ...confirm(id, 'p-1-2'), idempotencyKey });
      const second = await send({ ...confirm(id, 'p-1-3'), idempotencyKey });

      expect([first.status, second.status]).toEqual([200, 200]);
      expect((await confirmedPeople(id)).sort()).toEqual(['p-1-2', 'p-1-3']);
    });

    it('the confirmation that completed the cycle, retried with the same key: 200 again, nothing more recorded', async () => {
      const id = await cycleAtStage(system, call, G1_ONLY, 'summary_published');
      for (const personId of ['p-1-1', 'p-1-2']) expect((await send(confirm(id, personId))).status).toBe(200);
      const last = { ...confirm(id, 'p-1-3'), idempotencyKey: `last-${randomUUID()}` };
      const first = await send(last);
      expect(first.body.stage).toBe('completed');

      const retry = await send(last);

      expect({ status: retry.status, body: retry.body }).toMatchObject({ status: 200, body: { stage: 'completed' } });
      expect(await confirmedPeople(id)).toEqual(['p-1-1', 'p-1-2', 'p-1-3']);
    });
  });

  it('after every command of a cycle, GET /cycles/:id shows the revision and stage the command answered with', async () => {
    const reader = await system.token('p-2-3', 'leader');
    const launched = await send({ method: 'POST', path: '/cycles', body: LAUNCH });
    const id: string = launched.body.id;
    const commands: Request[] = [
      { method: 'PUT', path: `/cycles/${id}/agenda`, body: AGENDA },
      { method: 'POST', path: `/cycles/${id}/prep` },
      ...ORG.groups.map((group) => record(id, group.id, group.memberIds)),
      { method: 'POST', path: `/cycles/${id}/summary`, body: { text: 'Opsamling' } },
      ...ORG.people.map((person) => confirm(id, person.id)),
    ];
    const answered = [launched];
    const read = [await call('GET', `/cycles/${id}`, { token: reader })];
    for (const command of commands) {
      answered.push(await send(command));
      read.push(await call('GET', `/cycles/${id}`, { token: reader }));
    }

    const view = ({ status, body }: { status: number; body: { revision: number; stage: string } }) => ({
      status: status < 300 ? 'ok' : status,
      revision: body.revision,
      stage: body.stage,
    });
    // The workflow records its own messages too, so a read may already be further on, but never behind.
    expect(
      read.map((result, index) => ({
        ...view(result),
        revision: Math.min(result.body.revision, answered[index]!.body.revision),
      })),
    ).toEqual(answered.map(view));
    expect(answered.map(view).at(-1)).toEqual({ status: 'ok', revision: expect.any(Number), stage: 'completed' });
  });
});
