import { randomUUID } from 'node:crypto';
import type { CycleStage } from '@ledelsesrum/domain';
import { CASCADE, commandEventCount, cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { MEETING_DATE, sentNow } from '../support/dates';

jest.setTimeout(240_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);

const AGENDA = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
/** Held when it is sent: after prep, not in the future. */
const MEETING = sentNow('heldAt', { attendeeIds: ['p-1-1'], keyPoints: [], inputToChefgruppen: [] });
const LAUNCH = { theme: 'Trivsel', meetingDate: MEETING_DATE };

const long = (length: number) => 'x'.repeat(length);
const omit = <T extends object>(value: T, key: keyof T) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
/** The organisation with its first person changed by `patch`. */
const withFirstPerson = (patch: (person: (typeof ORG.people)[number]) => object) => ({
  ...ORG,
  people: [patch(ORG.people[0]!), ...ORG.people.slice(1)],
});

/** One HTTP request; `as` is the caller's person id (chefgruppen's chef-1 unless given, as a leader otherwise). */
interface Request {
  readonly method: string;
  readonly path: string;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly as?: string;
}

/** What a refused request must leave as it was. */
type Effect = 'organisation' | 'cycle list' | 'cycle';

interface BadInput {
  readonly title: string;
  /** Text the answer's message must contain: the field (where there is one). */
  readonly field?: string;
  readonly effect?: Effect;
  /** The shared cycle at this stage is the one the request targets. */
  readonly stage?: CycleStage;
  request(cycleId: string): Request;
}

const org = (title: string, field: string | undefined, body: unknown, raw?: string): BadInput => ({
  title: `PUT /organisation, ${title}`,
  field,
  effect: 'organisation',
  request: () => ({ method: 'PUT', path: '/organisation', body, ...(raw === undefined ? {} : { rawBody: raw }) }),
});
const launch = (title: string, field: string | undefined, body: unknown, raw?: string): BadInput => ({
  title: `POST /cycles, ${title}`,
  field,
  effect: 'cycle list',
  request: () => ({ method: 'POST', path: '/cycles', body, ...(raw === undefined ? {} : { rawBody: raw }) }),
});
const command = (
  stage: CycleStage,
  route: string,
  title: string,
  field: string | undefined,
  build: (id: string) => Request,
): BadInput => ({ title: `${route}, ${title}`, field, effect: 'cycle', stage, request: build });
const agenda = (title: string, field: string, body: unknown) =>
  command('launched', 'PUT /cycles/:id/agenda', title, field, (id) => ({
    method: 'PUT',
    path: `/cycles/${id}/agenda`,
    body,
  }));
const prep = (title: string, field: string | undefined, body: unknown) =>
  command('agenda_set', 'POST /cycles/:id/prep', title, field, (id) => ({
    method: 'POST',
    path: `/cycles/${id}/prep`,
    body,
  }));
const meeting = (title: string, field: string, body: unknown) =>
  command('prep_sent', 'POST /cycles/:id/meetings/g-1', title, field, (id) => ({
    method: 'POST',
    path: `/cycles/${id}/meetings/g-1`,
    body,
  }));
const summary = (title: string, field: string, body: unknown) =>
  command('meetings_held', 'POST /cycles/:id/summary', title, field, (id) => ({
    method: 'POST',
    path: `/cycles/${id}/summary`,
    body,
  }));
const cascade = (title: string, field: string, body: unknown) =>
  command('summary_published', 'POST /cycles/:id/cascades/p-1-2', title, field, (id) => ({
    method: 'POST',
    path: `/cycles/${id}/cascades/p-1-2`,
    body,
    as: 'p-1-2',
  }));
const state = (title: string, field: string, query: string): BadInput => ({
  title: `GET /cycles/:id/state, ${title}`,
  field,
  stage: 'summary_published',
  request: (id) => ({ method: 'GET', path: `/cycles/${id}/state?${query}` }),
});

const BAD_INPUT: readonly BadInput[] = [
  org('an unknown top-level field', 'property extra should not exist', { ...ORG, extra: true }),
  org(
    'an unknown field people[0].extra',
    'people.0.property extra should not exist',
    withFirstPerson((p) => ({ ...p, extra: 1 })),
  ),
  org(
    'people[0].experienced as a string',
    'people.0.experienced must be a boolean',
    withFirstPerson((p) => ({ ...p, experienced: 'ja' })),
  ),
  org('groups as an object', 'groups must be an array', { ...ORG, groups: {} }),
  org('no areas', 'areas must be an array', omit(ORG, 'areas')),
  org(
    'people[0] without email',
    'people.0.email',
    withFirstPerson((p) => omit(p, 'email')),
  ),
  org(
    'people[0].level "boss"',
    'people.0.level must be one of',
    withFirstPerson((p) => ({ ...p, level: 'boss' })),
  ),
  org('areas[0].name of 201 characters', 'areas.0.name must be shorter', {
    ...ORG,
    areas: [{ id: 'social', name: long(201) }, ...ORG.areas.slice(1)],
  }),
  org(
    'people[0].areaId "a b" (not an id)',
    'people.0.areaId',
    withFirstPerson((p) => ({ ...p, areaId: 'a b' })),
  ),
  org('a JSON array instead of an object', undefined, [ORG]),
  org('invalid JSON text', undefined, undefined, '{"areas": ['),
  launch('no theme', 'theme must be a string', omit(LAUNCH, 'theme')),
  launch('theme as a number', 'theme must be a string', { ...LAUNCH, theme: 42 }),
  launch('a theme of 201 characters', 'theme must be shorter', { ...LAUNCH, theme: long(201) }),
  launch('meetingDate "2027-02-30"', 'meetingDate', { ...LAUNCH, meetingDate: '2027-02-30' }),
  launch('groupIds as a string', 'groupIds must be an array', { ...LAUNCH, groupIds: 'g-1' }),
  launch('an empty groupIds', 'groupIds must contain at least 1', { ...LAUNCH, groupIds: [] }),
  launch('groupIds ["a b"] (not an id)', 'groupIds', { ...LAUNCH, groupIds: ['a b'] }),
  launch('an unknown field', 'property colour should not exist', { ...LAUNCH, colour: 'blå' }),
  launch('a JSON array instead of an object', undefined, [LAUNCH]),
  launch('a JSON string instead of an object', undefined, undefined, '"Trivsel"'),
  // JSON.stringify writes a lone surrogate as the escape \ud800, which PostgreSQL's json type refuses.
  launch('a theme with a lone surrogate', 'theme contains an invalid Unicode character', {
    ...LAUNCH,
    theme: 'Triv\ud800sel',
  }),
  agenda('material kind "video"', 'materials.0.kind must be one of', {
    ...AGENDA,
    materials: [{ kind: 'video', title: 'Film' }],
  }),
  agenda('an unknown field items[0].extra', 'items.0.property extra should not exist', {
    ...AGENDA,
    items: [{ title: 'T', extra: 1 }],
  }),
  agenda('no items', 'items must be an array', omit(AGENDA, 'items')),
  agenda('materials[0].url "ftp://…"', 'materials.0.url: en webadresse', {
    ...AGENDA,
    materials: [{ kind: 'article', title: 'A', url: 'ftp://example.org/a' }],
  }),
  agenda('prepTasks[0].title of 201 characters', 'prepTasks.0.title must be shorter', {
    ...AGENDA,
    prepTasks: [{ title: long(201) }],
  }),
  agenda('51 items', 'items must contain no more than 50', {
    ...AGENDA,
    items: Array.from({ length: 51 }, () => ({ title: 'T' })),
  }),
  prep('a body with a field', 'property notify should not exist', { notify: true }),
  prep('an empty JSON array as body', undefined, []),
  meeting('heldAt "yesterday"', 'heldAt: et tidspunkt med tidszone', { ...MEETING, heldAt: 'yesterday' }),
  meeting('no attendeeIds', 'attendeeIds must be an array', omit(MEETING, 'attendeeIds')),
  meeting('keyPoints as a string', 'keyPoints must be an array', { ...MEETING, keyPoints: 'Vi deler viden' }),
  meeting('an empty key point', 'keyPoints must be longer', { ...MEETING, keyPoints: [''] }),
  summary('no text', 'text must be a string', {}),
  summary('text as a number', 'text must be a string', { text: 42 }),
  summary('a text of 50,001 characters', 'text must be shorter', { text: long(50_001) }),
  cascade('passedOnAt "yesterday"', 'passedOnAt: en dato som 2027-03-18 eller et tidspunkt', {
    ...CASCADE,
    passedOnAt: 'yesterday',
  }),
  cascade('an empty channel', 'channel must be longer', { ...CASCADE, channel: '' }),
  cascade('a note of 2,001 characters', 'note must be shorter', { ...CASCADE, note: long(2_001) }),
  cascade('an unknown field', 'property extra should not exist', { ...CASCADE, extra: true }),
  cascade('a note with a lone surrogate', 'note contains an invalid Unicode character', {
    ...CASCADE,
    note: 'Videregivet \udc00',
  }),
  {
    title: 'PUT /cycles/..%2F/agenda (path id "../")',
    field: 'id:',
    request: () => ({ method: 'PUT', path: '/cycles/..%2F/agenda', body: AGENDA }),
  },
  {
    title: 'PUT /cycles/a%20b/agenda (path id with a space)',
    field: 'id:',
    request: () => ({ method: 'PUT', path: '/cycles/a%20b/agenda', body: AGENDA }),
  },
  {
    title: 'GET /cycles/<65 characters>',
    field: 'id:',
    request: () => ({ method: 'GET', path: `/cycles/${long(65)}` }),
  },
  command('prep_sent', 'POST /cycles/:id/meetings/a%20b', 'a group id with a space', 'id:', (id) => ({
    method: 'POST',
    path: `/cycles/${id}/meetings/a%20b`,
    body: MEETING,
  })),
  command('summary_published', 'POST /cycles/:id/cascades/a%20b', 'a person id with a space', 'id:', (id) => ({
    method: 'POST',
    path: `/cycles/${id}/cascades/a%20b`,
    body: CASCADE,
  })),
  state('revision=-1', 'revision must not be less than 0', 'revision=-1'),
  state('revision=abc', 'revision must be an integer', 'revision=abc'),
  state('at=yesterday', 'at: et tidspunkt med tidszone', 'at=yesterday'),
  state('an unknown parameter', 'property foo should not exist', 'revision=0&foo=1'),
];

const UNKNOWN = `unknown-${randomUUID()}`;
const NOT_FOUND: readonly Request[] = [
  { method: 'PUT', path: `/cycles/${UNKNOWN}/agenda`, body: AGENDA },
  { method: 'POST', path: `/cycles/${UNKNOWN}/prep` },
  { method: 'POST', path: `/cycles/${UNKNOWN}/meetings/g-1`, body: MEETING },
  { method: 'POST', path: `/cycles/${UNKNOWN}/summary`, body: { text: 'Opsamling' } },
  { method: 'POST', path: `/cycles/${UNKNOWN}/cascades/p-1-2`, body: CASCADE, as: 'p-1-2' },
  { method: 'GET', path: `/cycles/${UNKNOWN}` },
  { method: 'GET', path: `/cycles/${UNKNOWN}/events` },
  { method: 'GET', path: `/cycles/${UNKNOWN}/state?revision=0` },
];

describe('the API contract: bad input and unknown resources', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  const cycleAt = new Map<CycleStage, string>();

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
    for (const stage of ['launched', 'agenda_set', 'prep_sent', 'meetings_held', 'summary_published'] as const) {
      cycleAt.set(stage, await cycleAtStage(system, call, ORG.groups, stage));
    }
  });
  afterAll(async () => system?.stop());

  async function send({ as, ...request }: Request) {
    const token = as === undefined ? chef : await system.token(as, 'leader');
    return call(request.method, request.path, { token, body: request.body, rawBody: request.rawBody });
  }

  /** A snapshot of what a refused request must leave as it was, read as chefgruppen. */
  async function observe(effect: Effect | undefined, cycleId: string): Promise<unknown> {
    if (effect === 'organisation') return (await call('GET', '/organisation', { token: chef })).body;
    if (effect === 'cycle list') return (await call('GET', '/cycles', { token: chef })).body.length;
    if (effect === 'cycle') return commandEventCount(call, chef, cycleId);
    return undefined;
  }

  const message = (body: { message?: unknown }) => [body.message].flat().join(' | ');

  describe('bad input: 400 with the field named, never 500, nothing stored', () => {
    const rows = BAD_INPUT.map((row) => ({
      ...row,
      name: `${row.title}: 400${row.field ? ` mentioning "${row.field}"` : ''}${row.effect ? `, the ${row.effect} unchanged` : ''}`,
    }));
    it.each(rows)('$name', async ({ stage, effect, field, request }) => {
      const cycleId = stage ? cycleAt.get(stage)! : '';
      const before = await observe(effect, cycleId);

      const response = await send(request(cycleId));

      expect({ status: response.status, body: response.body }).toMatchObject({ status: 400 });
      if (field) expect(message(response.body)).toContain(field);
      expect(await observe(effect, cycleId)).toEqual(before);
    });
  });

  describe('a wrong method on a known path: 405 with Allow', () => {
    const raw = (method: string, path: string, headers: Record<string, string> = {}) =>
      fetch(`${system.webUrl}${path}`, { method, headers });

    it.each([
      { method: 'DELETE', path: '/api/cycles', allowed: ['GET', 'HEAD', 'POST', 'OPTIONS'] },
      { method: 'PUT', path: '/api/health', allowed: ['GET', 'HEAD', 'OPTIONS'] },
      { method: 'PATCH', path: `/api/cycles/${UNKNOWN}/prep`, allowed: ['POST', 'OPTIONS'] },
    ])('$method $path: 405, Allow and the error body naming the allowed methods', async ({ method, path, allowed }) => {
      for (const headers of [{ authorization: `Bearer ${chef}` }, {} as Record<string, string>]) {
        const response = await raw(method, path, headers);
        expect(response.status).toBe(405);
        expect(response.headers.get('allow')).toBe(allowed.join(', '));
        const body = (await response.json()) as Record<string, unknown>;
        expect(body).toMatchObject({ statusCode: 405, code: 'METHOD_NOT_ALLOWED', details: { allowed } });
        expect(body['message']).toMatch(new RegExp(`^${method} .+ / ${method} is not allowed here`));
      }
    });

    it('a web page: 405 with Allow, answered as a page', async () => {
      const response = await raw('DELETE', '/log-ind');
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    });

    it('HEAD follows GET, and OPTIONS answers 204 with the same Allow', async () => {
      expect((await raw('HEAD', '/api/health')).status).toBe(200);
      const options = await raw('OPTIONS', '/api/cycles');
      expect(options.status).toBe(204);
      expect(options.headers.get('allow')).toBe('GET, HEAD, POST, OPTIONS');
    });

    it('a path no route serves is still 404, whatever the method', async () => {
      expect((await raw('DELETE', '/api/nowhere', { authorization: `Bearer ${chef}` })).status).toBe(404);
      expect((await raw('OPTIONS', '/api/nowhere')).status).toBe(404);
    });
  });

  describe('unknown query parameters: 400 on every route of the API, in the words for unknown body fields', () => {
    /** The answer to an unknown body field `name`, which an unknown query parameter must answer alike. */
    const unknownBodyField = async (name: string) =>
      (await send({ method: 'POST', path: '/cycles', body: { ...LAUNCH, [name]: 1 } })).body;

    it.each([
      { route: 'GET /cycles (no query declared)', method: 'GET', path: () => '/cycles?colour=1' },
      {
        route: 'GET /organisation (?at declared by name)',
        method: 'GET',
        path: () => '/organisation?at=2027-01-01T00:00:00Z&colour=1',
      },
      {
        route: 'GET /cycles/:id/state (a query DTO)',
        method: 'GET',
        path: () => `/cycles/${cycleAt.get('agenda_set')}/state?revision=0&colour=1`,
      },
      {
        route: 'POST /cycles/:id/prep (a command)',
        method: 'POST',
        path: () => `/cycles/${cycleAt.get('agenda_set')}/prep?colour=1`,
      },
    ])('$route: 400, as for an unknown body field, nothing done', async ({ method, path }) => {
      const cycleId = cycleAt.get('agenda_set')!;
      const before = await observe('cycle', cycleId);

      const response = await send({ method, path: path() });

      expect(response.status).toBe(400);
      expect(response.body).toEqual(await unknownBodyField('colour'));
      expect(await observe('cycle', cycleId)).toEqual(before);
    });

    it('two unknown parameters: one error for each', async () => {
      const response = await send({ method: 'GET', path: '/cycles?colour=1&size=2' });
      expect(response.status).toBe(400);
      expect(message(response.body)).toContain('colour');
      expect(message(response.body)).toContain('size');
    });

    it('declared parameters are still read, and web pages keep their own handling of the query', async () => {
      expect((await send({ method: 'GET', path: '/organisation?at=2027-01-01T00:00:00Z' })).status).toBe(200);
      const page = await fetch(`${system.webUrl}/log-ind?tilbage=%2Fcyklusser&colour=1`);
      expect(page.status).toBe(200);
    });
  });

  describe('unknown resources: 404', () => {
    it.each(NOT_FOUND)('$method $path: 404', async (request) => {
      const response = await send(request);
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 404 });
    });

    it('POST /cycles naming an unknown group: 404 naming the group, and no cycle is launched', async () => {
      const before = await observe('cycle list', '');
      const response = await send({ method: 'POST', path: '/cycles', body: { ...LAUNCH, groupIds: ['g-1', 'g-404'] } });
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 404 });
      expect(message(response.body)).toContain('g-404');
      expect(await observe('cycle list', '')).toEqual(before);
    });
  });
});
