import { cycleWorkflowId } from '@ledelsesrum/contracts';
import type { Client } from '@temporalio/client';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { MEETING_DATE } from '../support/dates';
import { until } from '../support/until';

jest.setTimeout(240_000);

const ORG = organisationFixture(2, 3);
const LAUNCH = { theme: 'Tværgående ledelse', meetingDate: MEETING_DATE };

/** The cycles' contract as a client meets it: null and out-of-range dates refused with nothing stored or started. */
describe('the cycles’ contract: the one rule for null, the years a date may fall in, and the description', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let temporal: Client;
  let chef: string;
  let auditor: string;

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    temporal = system.temporalClient();
    chef = await system.token('chef-1', 'chefgruppen');
    auditor = await system.token('revisor-1', 'auditor');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
  });
  afterAll(async () => {
    await temporal?.connection.close();
    await system?.stop();
  });

  /** Every event in the store, as the auditor's export counts them: what a refused request must leave as it was. */
  async function storedEvents(): Promise<number> {
    const response = await fetch(`${system.baseUrl}/audit/export?format=jsonl`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    return (await response.text()).split('\n').filter((line) => line.trim() !== '').length;
  }

  /** The cycle workflows Temporal has been asked to run on this system's task queue. */
  async function cycleWorkflows(): Promise<string[]> {
    const ids: string[] = [];
    for await (const workflow of temporal.workflow.list({ query: `TaskQueue = '${system.taskQueue}'` })) {
      ids.push(workflow.workflowId);
    }
    return ids;
  }

  const chefToken = () => chef;
  const auditorToken = () => auditor;
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((error) => error.field);

  describe('POST /api/cycles refuses what it cannot take, and stores and starts nothing', () => {
    it.each([
      ['meeting: null', { ...LAUNCH, meeting: null }, 'meeting'],
      ['schedule: null', { ...LAUNCH, schedule: null }, 'schedule'],
      ['groupIds: null', { ...LAUNCH, groupIds: null }, 'groupIds'],
      ['meeting.place: null', { ...LAUNCH, meeting: { place: null } }, 'meeting.place'],
      ['schedule.prepSendAt: null', { ...LAUNCH, schedule: { prepSendAt: null } }, 'schedule.prepSendAt'],
      ['a meeting date in the year 0274', { ...LAUNCH, meetingDate: '0274-03-11' }, 'meetingDate'],
      ['a meeting date in the year 9999', { ...LAUNCH, meetingDate: '9999-03-11' }, 'meetingDate'],
      ['the meeting date 1999-12-31', { ...LAUNCH, meetingDate: '1999-12-31' }, 'meetingDate'],
      [
        'prep sent in the year 0274',
        { ...LAUNCH, schedule: { prepSendAt: '0274-03-04T08:00:00+01:00' } },
        'schedule.prepSendAt',
      ],
      [
        'prep sent at a time without seconds',
        { ...LAUNCH, schedule: { prepSendAt: `${MEETING_DATE}T08:00+01:00` } },
        'schedule.prepSendAt',
      ],
    ])('%s: 400 VALIDATION_FAILED naming the field', async (_what, body, field) => {
      const before = await storedEvents();

      const response = await call('POST', '/cycles', { token: chef, body });

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', details: {} });
      expect(fields(response.body)).toContain(field);
      expect(await storedEvents()).toBe(before);
      expect((await call('GET', '/cycles', { token: chef })).body).toEqual([]);
    });

    it('launches a cycle dated months ahead, and only its workflow was ever started', async () => {
      const response = await call('POST', '/cycles', {
        token: chef,
        body: { ...LAUNCH, schedule: { prepSendAt: `${MEETING_DATE}T07:00:00.000Z` } },
      });
      expect({ status: response.status, body: response.body }).toMatchObject({
        status: 201,
        body: { stage: 'launched' },
      });

      const launched = cycleWorkflowId(response.body.id);
      await until(async () => (await cycleWorkflows()).includes(launched), 'the launched cycle’s workflow');
      expect(await cycleWorkflows()).toEqual([launched]);
    });
  });

  describe('PATCH /api/cycles/{id}/schedule refuses null for a part, and the cycle keeps its schedule', () => {
    it.each([
      ['deadline: null', { deadline: null }, 'deadline'],
      ['reminders: null', { reminders: null }, 'reminders'],
      ['prepSendAt in the year 9999', { prepSendAt: '9999-01-01T08:00:00Z' }, 'prepSendAt'],
    ])('%s: 400 naming the field', async (_what, body, field) => {
      const cycleId = (await call('GET', '/cycles', { token: chef })).body[0].id;
      const before = await call('GET', `/cycles/${cycleId}`, { token: chef });

      const response = await call('PATCH', `/cycles/${cycleId}/schedule`, { token: chef, body });

      expect(response.status).toBe(400);
      expect(fields(response.body)).toContain(field);
      const after = await call('GET', `/cycles/${cycleId}`, { token: chef });
      expect({ schedule: after.body.schedule, revision: after.body.revision }).toEqual({
        schedule: before.body.schedule,
        revision: before.body.revision,
      });
    });
  });

  describe('GET /api/cycles/{id}/state takes exactly one of revision and at', () => {
    let cycleId: string;
    beforeAll(async () => {
      cycleId = (await call('GET', '/cycles', { token: chef })).body[0].id;
    });

    it.each([
      ['both', 'revision=0&at=2027-01-01T00:00:00Z'],
      ['neither', ''],
    ])('%s: 422 CONFLICTING_PARAMETERS', async (_what, query) => {
      const response = await call('GET', `/cycles/${cycleId}/state?${query}`, { token: auditor });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ code: 'CONFLICTING_PARAMETERS' });
    });

    it.each(['0274-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1999-12-31T23:59:59Z'])(
      'at=%s: 400 naming at',
      async (at) => {
        const response = await call('GET', `/cycles/${cycleId}/state?at=${encodeURIComponent(at)}`, {
          token: auditor,
        });
        expect(response.status).toBe(400);
        expect(fields(response.body)).toContain('at');
      },
    );

    it('revision=0 and a moment in 2100 each answer the cycle', async () => {
      const atLaunch = await call('GET', `/cycles/${cycleId}/state?revision=0`, { token: auditor });
      expect(atLaunch).toMatchObject({ status: 200, body: { id: cycleId, revision: 0, stage: 'launched' } });
      const later = await call('GET', `/cycles/${cycleId}/state?at=2100-12-31T23:59:59Z`, { token: auditor });
      expect(later).toMatchObject({ status: 200, body: { id: cycleId } });
    });
  });

  describe('the description states what the routes take and answer', () => {
    let document: any;
    beforeAll(async () => {
      document = (await call('GET', '/docs-json')).body;
    });
    const operation = (path: string, method: string) => document.paths[path][method];
    const schema = (name: string) => document.components.schemas[name];
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

    it('POST /api/cycles: its body’s rules, 201 with the cycle and links to what comes next, 404 and 409', () => {
      const launch = operation('/api/cycles', 'post');
      expect(launch.operationId).toBe('launchCycle');
      expect(launch.responses['201'].content['application/json'].schema).toEqual(ref('CycleAnswerDto'));
      expect(launch.responses['201'].links.getCycle).toEqual({
        operationId: 'getCycle',
        parameters: { id: '$response.body#/id' },
      });
      expect(launch.responses['404'].content['application/json'].schema).toEqual(ref('ApiError'));
      expect(launch.responses['409'].content['application/json'].schema).toEqual(ref('ApiError'));
      expect(launch.parameters).toContainEqual(
        expect.objectContaining({
          name: 'Idempotency-Key',
          in: 'header',
          schema: expect.objectContaining({ pattern: expect.any(String) }),
        }),
      );
      const body = schema('LaunchCycleDto');
      expect(body.required).toEqual(['theme', 'meetingDate']);
      expect(body.properties.meetingDate).toMatchObject({
        format: 'date',
        pattern: '^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
      });
      expect(body.properties.theme).toMatchObject({ minLength: 1, maxLength: 200 });
    });

    it('GET /api/cycles/{id}/state: both query parameters with their formats, the rule, 404', () => {
      const state = operation('/api/cycles/{id}/state', 'get');
      expect(state.description).toContain('revision');
      const parameter = (name: string) => state.parameters.find((candidate: any) => candidate.name === name);
      expect(parameter('id')).toMatchObject({ in: 'path', schema: { pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' } });
      expect(parameter('revision')).toMatchObject({
        in: 'query',
        required: false,
        schema: { type: 'integer', minimum: 0 },
      });
      expect(parameter('at')).toMatchObject({ in: 'query', required: false, schema: { format: 'date-time' } });
      expect(state.responses['200'].content['application/json'].schema).toEqual(ref('CycleAnswerDto'));
      expect(state.responses['404']).toBeDefined();
    });

    /** Where `value` has a field its schema does not declare, or lacks one it requires. */
    function mismatches(value: unknown, declared: any, path = ''): string[] {
      const resolved = declared.$ref ? schema(declared.$ref.split('/').pop()) : declared;
      if (resolved.allOf) return resolved.allOf.flatMap((part: any) => mismatches(value, part, path));
      if (Array.isArray(value))
        return value.flatMap((item, index) => mismatches(item, resolved.items, `${path}/${index}`));
      if (value === null || typeof value !== 'object' || resolved.additionalProperties === true) return [];
      const properties = resolved.properties ?? {};
      const missing = (resolved.required ?? []).filter((name: string) => !(name in value));
      return [
        ...missing.map((name: string) => `${path}/${name} missing`),
        ...Object.entries(value).flatMap(([name, field]) =>
          properties[name] ? mismatches(field, properties[name], `${path}/${name}`) : [`${path}/${name} undeclared`],
        ),
      ];
    }

    it.each([
      ['/api/cycles', 'get', '/cycles', chefToken],
      ['/api/cycles/{id}', 'get', '/cycles/{id}', chefToken],
      ['/api/cycles/{id}/events', 'get', '/cycles/{id}/events', chefToken],
      ['/api/cycles/{id}/state', 'get', '/cycles/{id}/state?revision=0', chefToken],
      ['/api/cycles/{id}/input', 'get', '/cycles/{id}/input', chefToken],
      ['/api/audit/verify', 'get', '/audit/verify', auditorToken],
      ['/api/audit/projections/rebuild', 'post', '/audit/projections/rebuild', auditorToken],
      ['/api/health', 'get', '/health', () => undefined],
    ])('%s (%s) answers exactly the fields its schema declares', async (path, method, url, token) => {
      const cycleId = (await call('GET', '/cycles', { token: chef })).body[0].id;
      const response = await call(method.toUpperCase(), url.replace('{id}', cycleId), { token: token() });
      expect(response.status).toBe(200);
      const declared = operation(path, method).responses['200'].content['application/json'].schema;
      expect(mismatches(response.body, declared)).toEqual([]);
    });

    it('the cycle answer declares every field a cycle has', () => {
      expect(Object.keys(schema('CycleAnswerDto').properties).sort()).toEqual([
        'cascades',
        'groups',
        'id',
        'meetingDate',
        'revision',
        'stage',
        'theme',
      ]);
      expect(operation('/api/confirm/{token}', 'get').responses['410']).toBeDefined();
      expect(Object.keys(operation('/api/audit/export', 'get').responses['200'].content)).toEqual([
        'application/x-ndjson; charset=utf-8',
        'text/csv; charset=utf-8',
      ]);
    });
  });
});
