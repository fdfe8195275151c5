import { randomBytes } from 'node:crypto';
import { SignJWT, generateKeyPair, type JWTPayload } from 'jose';
import type { Role } from '@ledelsesrum/auth';
import type { CycleStage } from '@ledelsesrum/domain';
import { CASCADE, commandEventCount, cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { MEETING_DATE, sentNow } from '../support/dates';

jest.setTimeout(240_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
const ROLES: readonly Role[] = ['chefgruppen', 'facilitator', 'leader', 'auditor', 'employee'];
/** Every role but the employee's: an employee reads the staff pages and may call no route of the API. */
const WORKING_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'employee');
/** Who calls in each role. The facilitator facilitates g-1, the group the meeting rows record for. */
const CALLER: Record<Role, string> = {
  chefgruppen: 'chef-1',
  facilitator: 'p-1-1',
  leader: 'p-1-2',
  auditor: 'revisor-1',
  employee: 'medarbejder-1',
};
/** On the cascade route the caller confirms their own cascade, so each role is played by a participant. */
const PARTICIPANT: Record<Role, string> = {
  chefgruppen: 'p-2-1',
  facilitator: 'p-1-1',
  leader: 'p-1-2',
  auditor: 'p-2-2',
  employee: 'p-2-3',
};

const AGENDA = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
/** Held when it is sent: after prep, not in the future. */
const MEETING = sentNow('heldAt', {
  attendeeIds: ['p-1-1', 'p-1-2'],
  keyPoints: ['Vi deler viden'],
  inputToChefgruppen: [],
});

/** An earlier cycle whose g-1 sent input to chefgruppen, for the row that takes that input up (set in beforeAll). */
let inputCycle = '';

/** What a refused call must leave as it was, and an allowed one change. */
type Effect = 'organisation' | 'cycle list' | 'cycle';

interface Route {
  readonly name: string;
  /** Roles that may call; 'public' needs no token. */
  readonly allowed: readonly Role[] | 'public';
  readonly ok: number;
  /** Each row gets a new cycle at this stage; reads share one cycle. */
  readonly stage?: CycleStage;
  readonly effect?: Effect;
  readonly callers?: Record<Role, string>;
  /** What the person in the path has done before the call: confirmed their cascade, or been released from it. */
  readonly before?: 'confirmed' | 'released';
  /** `person`: the person in the path (the cascade route's personId). */
  request(cycleId: string, person: string): { method: string; path: string; body?: unknown };
}

const ROUTES: readonly Route[] = [
  { name: 'GET /health', allowed: 'public', ok: 200, request: () => ({ method: 'GET', path: '/health' }) },
  {
    name: 'PUT /organisation',
    allowed: ['chefgruppen'],
    ok: 200,
    effect: 'organisation',
    // A new area per caller: a PUT that got through would show.
    request: (_id, person) => ({
      method: 'PUT',
      path: '/organisation',
      body: { ...ORG, areas: [...ORG.areas, { id: `area-${person}`, name: `Område for ${person}` }] },
    }),
  },
  {
    name: 'GET /organisation',
    allowed: ['chefgruppen', 'auditor'],
    ok: 200,
    request: () => ({ method: 'GET', path: '/organisation' }),
  },
  {
    name: 'POST /cycles',
    allowed: ['chefgruppen'],
    ok: 201,
    effect: 'cycle list',
    request: () => ({ method: 'POST', path: '/cycles', body: { theme: 'Trivsel', meetingDate: MEETING_DATE } }),
  },
  {
    name: 'PUT /cycles/:id/agenda',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'launched',
    effect: 'cycle',
    request: (id) => ({ method: 'PUT', path: `/cycles/${id}/agenda`, body: AGENDA }),
  },
  {
    name: 'POST /cycles/:id/prep',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'agenda_set',
    effect: 'cycle',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/prep` }),
  },
  {
    name: 'POST /cycles/:id/meetings/g-1',
    allowed: ['chefgruppen', 'facilitator'],
    ok: 200,
    stage: 'prep_sent',
    effect: 'cycle',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/meetings/g-1`, body: MEETING }),
  },
  {
    name: 'POST /cycles/:id/summary',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'meetings_held',
    effect: 'cycle',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/summary`, body: { text: 'Opsamling' } }),
  },
  {
    name: 'POST /cycles/:id/cascades/:personId',
    allowed: WORKING_ROLES,
    ok: 200,
    stage: 'summary_published',
    effect: 'cycle',
    callers: PARTICIPANT,
    request: (id, person) => ({ method: 'POST', path: `/cycles/${id}/cascades/${person}`, body: CASCADE }),
  },
  {
    name: 'PUT /cycles/:id/cascades/:personId',
    allowed: WORKING_ROLES,
    ok: 200,
    stage: 'summary_published',
    before: 'confirmed',
    effect: 'cycle',
    callers: PARTICIPANT,
    request: (id, person) => ({
      method: 'PUT',
      path: `/cycles/${id}/cascades/${person}`,
      body: { ...CASCADE, channel: 'e-mail' },
    }),
  },
  {
    name: 'POST /cycles/:id/cascades/:personId/withdrawal',
    allowed: WORKING_ROLES,
    ok: 200,
    stage: 'summary_published',
    before: 'confirmed',
    effect: 'cycle',
    callers: PARTICIPANT,
    request: (id, person) => ({
      method: 'POST',
      path: `/cycles/${id}/cascades/${person}/withdrawal`,
      body: { reason: 'Forkert møde' },
    }),
  },
  {
    // No person in the path: each caller writes their own reflection.
    name: 'PUT /cycles/:id/reflection',
    allowed: WORKING_ROLES,
    ok: 200,
    stage: 'summary_published',
    effect: 'cycle',
    callers: PARTICIPANT,
    request: (id) => ({ method: 'PUT', path: `/cycles/${id}/reflection`, body: { text: 'For os betyder det …' } }),
  },
  {
    name: 'POST /cycles/:id/cascades/p-1-3/release/undo',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'summary_published',
    before: 'released',
    effect: 'cycle',
    request: (id) => ({
      method: 'POST',
      path: `/cycles/${id}/cascades/p-1-3/release/undo`,
      body: { reason: 'Tilbage fra orlov' },
    }),
  },
  {
    name: 'PATCH /cycles/:id/schedule',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'launched',
    effect: 'cycle',
    request: (id) => ({ method: 'PATCH', path: `/cycles/${id}/schedule`, body: { deadline: 'P21D' } }),
  },
  {
    name: 'POST /cycles/:id/close',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'summary_published',
    effect: 'cycle',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/close`, body: { reason: 'Fristen er overskredet' } }),
  },
  {
    name: 'POST /cycles/:id/taken-up-input',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'launched',
    effect: 'cycle',
    request: (id) => ({
      method: 'POST',
      path: `/cycles/${id}/taken-up-input`,
      body: { fromCycleId: inputCycle, groupId: 'g-1', item: 0 },
    }),
  },
  {
    name: 'PUT /cycles/:id/meetings/g-1',
    allowed: ['chefgruppen', 'facilitator'],
    ok: 200,
    stage: 'meetings_held',
    effect: 'cycle',
    request: (id) => ({
      method: 'PUT',
      path: `/cycles/${id}/meetings/g-1`,
      body: { ...MEETING, keyPoints: ['Rettet'] },
    }),
  },
  {
    name: 'PUT /cycles/:id/meetings/g-1 after the summary',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'summary_published',
    effect: 'cycle',
    request: (id) => ({
      method: 'PUT',
      path: `/cycles/${id}/meetings/g-1`,
      body: { ...MEETING, keyPoints: ['Rettet'], reason: 'Et punkt manglede' },
    }),
  },
  {
    name: 'POST /cycles/:id/agenda/correction',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'prep_sent',
    effect: 'cycle',
    request: (id) => ({
      method: 'POST',
      path: `/cycles/${id}/agenda/correction`,
      body: { ...AGENDA, changes: 'Punkt 1 er rettet', reason: 'Stavefejl' },
    }),
  },
  {
    name: 'POST /cycles/:id/cancel',
    allowed: ['chefgruppen'],
    ok: 200,
    stage: 'agenda_set',
    effect: 'cycle',
    request: (id) => ({ method: 'POST', path: `/cycles/${id}/cancel`, body: { reason: 'Prøverunde' } }),
  },
  { name: 'GET /cycles', allowed: WORKING_ROLES, ok: 200, request: () => ({ method: 'GET', path: '/cycles' }) },
  {
    name: 'GET /cycles/:id',
    allowed: WORKING_ROLES,
    ok: 200,
    request: (id) => ({ method: 'GET', path: `/cycles/${id}` }),
  },
  {
    name: 'GET /cycles/:id/events',
    allowed: ['chefgruppen', 'auditor'],
    ok: 200,
    request: (id) => ({ method: 'GET', path: `/cycles/${id}/events` }),
  },
  {
    name: 'GET /cycles/:id/state?revision=0',
    allowed: ['chefgruppen', 'auditor'],
    ok: 200,
    request: (id) => ({ method: 'GET', path: `/cycles/${id}/state?revision=0` }),
  },
  {
    name: 'GET /audit/export',
    allowed: ['auditor'],
    ok: 200,
    // A window before any event: an empty body, which the JSON client reads; the export itself has its own test.
    request: (id) => ({ method: 'GET', path: `/audit/export?stream=cycle-${id}&to=2000-01-01T00:00:00Z` }),
  },
  {
    name: 'GET /audit/verify',
    allowed: ['auditor'],
    ok: 200,
    request: () => ({ method: 'GET', path: '/audit/verify' }),
  },
  {
    name: 'POST /publication/feed-token',
    allowed: ['chefgruppen'],
    ok: 200,
    request: () => ({ method: 'POST', path: '/publication/feed-token' }),
  },
  {
    name: 'PUT /publication/distribution-lists',
    allowed: ['chefgruppen'],
    ok: 200,
    request: () => ({
      method: 'PUT',
      path: '/publication/distribution-lists',
      body: { lists: [{ name: 'Alle medarbejdere', address: 'alle@kommune.test' }] },
    }),
  },
  {
    name: 'POST /audit/projections/rebuild',
    allowed: ['chefgruppen', 'auditor'],
    ok: 200,
    request: () => ({ method: 'POST', path: '/audit/projections/rebuild' }),
  },
];

interface Row {
  readonly title: string;
  readonly route: Route;
  /** Undefined: no Authorization header at all. */
  readonly caller?: { readonly sub: string; readonly role: Role };
  /** The person in the path, where there is one; the caller's own id unless given. */
  readonly person?: string;
  readonly expected: number;
}

function row(route: Route, who: string, caller: Row['caller'], expected: number, person?: string): Row {
  const change = expected < 300 ? 'changes' : 'is unchanged';
  const title = `${route.name}, ${who}: ${expected}${route.effect ? `, and the ${route.effect} ${change}` : ''}`;
  return { title, route, caller, expected, ...(person === undefined ? {} : { person }) };
}

const route = (name: string) => ROUTES.find((candidate) => candidate.name.startsWith(name))!;

const ROWS: readonly Row[] = [
  ...ROUTES.flatMap((candidate) => [
    ...ROLES.map((role) => {
      const allowed = candidate.allowed === 'public' || candidate.allowed.includes(role);
      const sub = (candidate.callers ?? CALLER)[role];
      return row(candidate, candidate.callers ? `${role} (own)` : role, { sub, role }, allowed ? candidate.ok : 403);
    }),
    row(candidate, 'no token', undefined, candidate.allowed === 'public' ? candidate.ok : 401, PARTICIPANT.leader),
  ]),
  row(route('POST /cycles/:id/meetings'), 'the facilitator of g-2', { sub: 'p-2-1', role: 'facilitator' }, 403),
  row(route('PUT /cycles/:id/meetings/g-1'), 'the facilitator of g-2', { sub: 'p-2-1', role: 'facilitator' }, 403),
  ...[
    'POST /cycles/:id/cascades/:personId',
    'PUT /cycles/:id/cascades',
    'POST /cycles/:id/cascades/:personId/w',
  ].flatMap((name) =>
    ROLES.map((role) => row(route(name), `${role} for p-1-3`, { sub: PARTICIPANT[role], role }, 403, 'p-1-3')),
  ),
];

describe('the API contract: who may call what', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let readCycle: string;

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
    readCycle = await cycleAtStage(system, call, ORG.groups, 'summary_published');
    inputCycle = await cycleAtStage(system, call, ORG.groups, 'prep_sent');
    const input = await call('POST', `/cycles/${inputCycle}/meetings/g-1`, {
      token: chef,
      body: { ...MEETING, inputToChefgruppen: ['Mere tid til ledelse'] },
    });
    if (input.status !== 200) throw new Error(`input: ${input.status} ${JSON.stringify(input.body)}`);
  });
  afterAll(async () => system?.stop());

  /** The person's confirmation (as themself) or release (by chefgruppen) that a correction route needs. */
  async function bringAbout(done: 'confirmed' | 'released', cycleId: string, personId: string): Promise<void> {
    const response =
      done === 'confirmed'
        ? await call('POST', `/cycles/${cycleId}/cascades/${personId}`, {
            token: await system.token(personId, 'leader'),
            body: CASCADE,
          })
        : await call('POST', `/cycles/${cycleId}/cascades/${personId}/release`, {
            token: chef,
            body: { reason: 'Orlov' },
          });
    if (response.status !== 200) throw new Error(`${done}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  /** A snapshot of what a command could change, read as chefgruppen. */
  async function observe(effect: Effect, cycleId: string): Promise<unknown> {
    if (effect === 'organisation') return (await call('GET', '/organisation', { token: chef })).body;
    if (effect === 'cycle list') return (await call('GET', '/cycles', { token: chef })).body.length;
    return commandEventCount(call, chef, cycleId);
  }

  describe('every route × every role, and without a token', () => {
    it.each(ROWS)('$title', async ({ route, caller, person, expected }) => {
      const cycleId = route.stage ? await cycleAtStage(system, call, ORG.groups, route.stage) : readCycle;
      const inPath = person ?? caller?.sub ?? PARTICIPANT.leader;
      if (route.before) await bringAbout(route.before, cycleId, route.before === 'released' ? 'p-1-3' : inPath);
      const before = route.effect && (await observe(route.effect, cycleId));
      const token = caller && (await system.token(caller.sub, caller.role));
      const { method, path, body } = route.request(cycleId, inPath);

      const response = await call(method, path, { token, body });

      expect({ status: response.status, body: response.body }).toMatchObject({ status: expected });
      if (route.effect) {
        const after = await observe(route.effect, cycleId);
        if (expected < 300) expect(after).not.toEqual(before);
        else expect(after).toEqual(before);
      }
    });
  });

  describe('tokens', () => {
    const now = () => Math.floor(Date.now() / 1000);
    const CLAIMS = { sub: 'chef-1', roles: ['chefgruppen'] };
    const hs256 = (claims: JWTPayload, secret: string) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
    const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

    it('accepts a token crafted here with valid claims and the API’s secret (control for the rows below)', async () => {
      const token = await hs256({ ...CLAIMS, exp: now() + 600 }, system.secret);
      expect((await call('GET', '/cycles', { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    });

    const REFUSED: readonly [string, (secret: string) => Promise<string>][] = [
      [
        'an expired token (exp in the past)',
        async (secret) => `Bearer ${await hs256({ ...CLAIMS, iat: now() - 7200, exp: now() - 3600 }, secret)}`,
      ],
      [
        'a token not yet valid (nbf in the future)',
        async (secret) => `Bearer ${await hs256({ ...CLAIMS, nbf: now() + 3600, exp: now() + 7200 }, secret)}`,
      ],
      [
        'a token signed with another HS256 secret',
        async () => `Bearer ${await hs256({ ...CLAIMS, exp: now() + 600 }, randomBytes(32).toString('base64url'))}`,
      ],
      [
        'an unsigned token (alg: none)',
        async () => `Bearer ${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...CLAIMS, exp: now() + 600 })}.`,
      ],
      [
        'an RS256 token signed with a freshly generated RSA key',
        async () => {
          const { privateKey } = await generateKeyPair('RS256');
          const token = await new SignJWT({ ...CLAIMS, exp: now() + 600 })
            .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
            .sign(privateKey);
          return `Bearer ${token}`;
        },
      ],
      [
        'a token without sub',
        async (secret) => `Bearer ${await hs256({ roles: ['chefgruppen'], exp: now() + 600 }, secret)}`,
      ],
      ['a malformed bearer token ("Bearer abc")', async () => 'Bearer abc'],
      ['Basic credentials ("Basic xyz")', async () => 'Basic xyz'],
      ['"Bearer" with no token', async () => 'Bearer'],
      ['a valid token without the "Bearer" scheme', async (secret) => hs256({ ...CLAIMS, exp: now() + 600 }, secret)],
    ];
    it.each(REFUSED)('refuses %s with 401', async (_name, authorization) => {
      const response = await call('GET', '/cycles', { headers: { authorization: await authorization(system.secret) } });
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 401 });
    });

    const ROLELESS: readonly [string, JWTPayload][] = [
      ['only an unknown role', { sub: 'chef-1', roles: ['boss'] }],
      ['no roles claim', { sub: 'chef-1' }],
    ];
    it.each(ROLELESS)('answers a validly signed token with %s with 403', async (_name, claims) => {
      const token = await hs256({ ...claims, exp: now() + 600 }, system.secret);
      const response = await call('GET', '/cycles', { token });
      expect({ status: response.status, body: response.body }).toMatchObject({ status: 403 });
    });
  });
});
