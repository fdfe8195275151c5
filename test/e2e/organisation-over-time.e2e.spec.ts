import { join } from 'node:path';
import Database from 'better-sqlite3';
import { apiClient } from '../support/http';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { justNow, MEETING_DATE } from '../support/dates';

jest.setTimeout(180_000);

const HEADER = 'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator';
const ROWS = [
  'p-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja',
  'p-chef;Åge Øster;aage@kommune.dk;teknik;Teknik og Miljø;chef;ja;p-dir;g-2;Gruppe 2;ja',
  'p-a;Anne;anne@kommune.dk;social;Social og Sundhed;leder;nej;p-dir;g-1;Gruppe 1;',
  'p-b;Bent;bent@kommune.dk;teknik;Teknik og Miljø;leder;ja;p-chef;g-2;Gruppe 2;',
];

describe('the organisation as it changes over time (real API, worker, Temporal and SQLite)', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;

  const postCsv = (body: Buffer | string, token = chef) =>
    fetch(`${system.baseUrl}/organisation/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body,
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));

  /** Every stored event as the SQLite file holds it, read with a connection of our own. */
  const storedEvents = () => {
    const db = new Database(join(system.dataDir, 'events.sqlite'), { readonly: true });
    try {
      return db
        .prepare('SELECT position, id, stream_id, revision, type, data, metadata FROM events ORDER BY position')
        .all() as {
        type: string;
      }[];
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
  });
  afterAll(async () => system?.stop());

  it('imports a semicolon-separated Windows-1252 file with Danish letters, then records nothing for the same file', async () => {
    const windows1252 = Buffer.from([HEADER, ...ROWS].join('\r\n'), 'latin1');
    const first = await postCsv(windows1252);
    expect(first.status).toBe(200);
    expect(first.body.changes).toBe(2 + 4 + 2);
    expect(first.body.organisation.people.find((p: { id: string }) => p.id === 'p-dir')).toMatchObject({
      name: 'Dorte Ærø',
      level: 'direktør',
    });
    expect(first.body.organisation.groups).toEqual([
      { id: 'g-1', name: 'Gruppe 1', facilitatorId: 'p-dir', memberIds: ['p-dir', 'p-a'] },
      { id: 'g-2', name: 'Gruppe 2', facilitatorId: 'p-chef', memberIds: ['p-chef', 'p-b'] },
    ]);
    const again = await postCsv(`\uFEFF${[HEADER, ...ROWS].join('\n')}`);
    expect(again.body.changes).toBe(0);
    // A language column sets the language; a later file without one leaves it as it is.
    const withLanguage = [`${HEADER};sprog`, ...ROWS.slice(0, 3).map((row) => `${row};`), `${ROWS[3]};engelsk`];
    const languages = await postCsv(withLanguage.join('\n'));
    expect(languages.body.changes).toBe(1);
    expect(languages.body.organisation.people.find((p: { id: string }) => p.id === 'p-b').language).toBe('en');
    const without = await postCsv([HEADER, ...ROWS].join('\n'));
    expect(without.body.changes).toBe(0);
    expect(without.body.organisation.people.find((p: { id: string }) => p.id === 'p-b').language).toBe('en');
  });

  it('rejects a file with bad rows whole, listing every problem by line and column, and applies nothing', async () => {
    const before = (await call('GET', '/organisation', { token: chef })).body;
    const bad = [
      HEADER,
      ...ROWS.slice(0, 2),
      'p-a;Anne;anne@kommune.dk;social;Social og Sundhed;boss;nej;p-dir;g-1;Gruppe 1;',
      'p-b;Bent;bent@kommune.dk;teknik;Teknik og Miljø;leder;ja;p-ghost;g-2;Gruppe 2;',
      'p-c;Cille;cille@kommune.dk;social;Social og Sundhed;leder;nej;;g-3;Gruppe 3;ja',
    ].join('\n');
    const first = await postCsv(bad);
    expect(first).toMatchObject({
      status: 422,
      body: { code: 'CSV_INVALID', details: { problems: [{ line: 4, column: 'niveau' }] } },
    });
    // With the format right, the organisation's own rules are checked and placed on their lines too.
    const second = await postCsv(bad.replace(';boss;', ';leder;'));
    expect(second.body.details.problems).toEqual([
      { line: 5, column: 'leder_id', message: expect.stringContaining('p-ghost') },
      { line: 6, column: 'facilitator', message: expect.stringContaining('chef eller direktør') },
    ]);
    expect((await call('GET', '/organisation', { token: chef })).body).toEqual(before);
  });

  it('changes people and groups one at a time, and answers for the organisation as it was at any moment', async () => {
    const added = await call('POST', '/people', {
      token: chef,
      body: {
        id: 'p-new',
        name: 'Nina',
        email: 'nina@kommune.dk',
        areaId: 'social',
        level: 'leder',
        experienced: false,
        language: 'en',
      },
    });
    expect(added).toMatchObject({ status: 201, body: { id: 'p-new', name: 'Nina', language: 'en' } });
    expect(
      (await call('GET', '/organisation', { token: chef })).body.people.find((p: { id: string }) => p.id === 'p-new'),
    ).toMatchObject({ language: 'en' });
    const moved = await call('PATCH', '/people/p-new', {
      token: chef,
      body: { areaId: 'teknik', managerId: 'p-chef' },
    });
    expect(moved.body).toMatchObject({ areaId: 'teknik', managerId: 'p-chef', name: 'Nina', language: 'en' });
    const danish = await call('PATCH', '/people/p-new', { token: chef, body: { language: null } });
    expect(danish.body).not.toHaveProperty('language');
    const french = await call('PATCH', '/people/p-new', { token: chef, body: { language: 'fr' } });
    expect(french).toMatchObject({ status: 400 });
    expect(JSON.stringify(french.body)).toContain('language: da (dansk) eller en (engelsk)');
    expect(
      (await call('POST', '/groups/g-2/members', { token: chef, body: { personId: 'p-new' } })).body.memberIds,
    ).toEqual(['p-chef', 'p-b', 'p-new']);
    const leder = await call('PUT', '/groups/g-2/facilitator', { token: chef, body: { facilitatorId: 'p-new' } });
    expect(leder).toMatchObject({ status: 422, body: { code: 'ORGANISATION_INVALID' } });
    const facilitatorLeaving = await call('POST', '/people/p-chef/leave', { token: chef });
    expect(facilitatorLeaving).toMatchObject({
      status: 409,
      body: { code: 'PERSON_IS_FACILITATOR', details: { groupIds: ['g-2'] } },
    });
    expect((await call('POST', '/areas', { token: chef, body: { id: 'kultur', name: 'Kultur' } })).status).toBe(201);
    expect((await call('PATCH', '/areas/kultur', { token: chef, body: { name: 'Kultur og Fritid' } })).body.name).toBe(
      'Kultur og Fritid',
    );
    expect((await call('POST', '/groups/g-9/members', { token: chef, body: { personId: 'p-new' } })).status).toBe(404);

    const beforeLeaving = new Date().toISOString();
    // recordedAt has millisecond resolution: let the clock pass the moment we ask about.
    while (Date.now() <= Date.parse(beforeLeaving)) await new Promise((resolve) => setImmediate(resolve));
    expect((await call('POST', '/people/p-new/leave', { token: chef })).body).toMatchObject({
      id: 'p-new',
      leftAt: expect.any(String),
    });
    const now = (await call('GET', '/organisation', { token: chef })).body;
    expect(now.people.map((p: { id: string }) => p.id)).not.toContain('p-new');
    expect(now.groups.find((g: { id: string }) => g.id === 'g-2').memberIds).toEqual(['p-chef', 'p-b']);
    const then = (await call('GET', `/organisation?at=${encodeURIComponent(beforeLeaving)}`, { token: chef })).body;
    expect(then.people.find((p: { id: string }) => p.id === 'p-new')).toMatchObject({ areaId: 'teknik', name: 'Nina' });
    expect(then.groups.find((g: { id: string }) => g.id === 'g-2').memberIds).toContain('p-new');
  });

  it('keeps a cycle’s launch membership when a leader leaves, and completes once chefgruppen releases them', async () => {
    await call('POST', '/people', {
      token: chef,
      body: { id: 'p-x', name: 'Xenia', email: 'x@kommune.dk', areaId: 'social', level: 'leder', experienced: true },
    });
    await call('POST', '/groups/g-1/members', { token: chef, body: { personId: 'p-x' } });
    const cycle = (
      await call('POST', '/cycles', {
        token: chef,
        body: { theme: 'Trivsel', meetingDate: MEETING_DATE, groupIds: ['g-1'] },
      })
    ).body;
    const id: string = cycle.id;
    await call('PUT', `/cycles/${id}/agenda`, {
      token: chef,
      body: { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] },
    });
    await call('POST', `/cycles/${id}/prep`, { token: chef });
    await call('POST', `/cycles/${id}/meetings/g-1`, {
      token: chef,
      body: {
        heldAt: justNow(),
        attendeeIds: ['p-dir', 'p-a'],
        keyPoints: [],
        inputToChefgruppen: [],
      },
    });
    await call('POST', `/cycles/${id}/summary`, { token: chef, body: { text: 'Opsamling' } });
    expect((await call('POST', '/people/p-x/leave', { token: chef })).status).toBe(200);
    expect((await call('GET', `/cycles/${id}`, { token: chef })).body.cascades.pending).toEqual([
      'p-dir',
      'p-a',
      'p-x',
    ]);

    for (const personId of ['p-dir', 'p-a']) {
      const token = await system.token(personId, 'leader');
      const body = { passedOnAt: justNow(), channel: 'personalemøde' };
      expect((await call('POST', `/cycles/${id}/cascades/${personId}`, { token, body })).status).toBe(200);
    }
    const notAllowed = await call('POST', `/cycles/${id}/cascades/p-x/release`, {
      token: await system.token('p-dir', 'facilitator', 'leader'),
      body: { reason: 'Fratrådt' },
    });
    expect(notAllowed.status).toBe(403);
    const released = await call('POST', `/cycles/${id}/cascades/p-x/release`, {
      token: chef,
      body: { reason: 'Fratrådt 1. september' },
    });
    expect(released.body).toMatchObject({
      stage: 'completed',
      cascades: { total: 3, confirmed: 2, released: ['p-x'], pending: [] },
    });
    const events = (await call('GET', `/cycles/${id}/events`, { token: chef })).body;
    expect(events.at(-2)).toMatchObject({
      type: 'CascadeReleased',
      data: { personId: 'p-x', reason: 'Fratrådt 1. september' },
    });
  });

  it('erases a person’s name and e-mail everywhere by destroying their key, and exports what is held to them', async () => {
    const leaderA = await system.token('p-a', 'leader');
    expect((await call('GET', '/people/p-b/export', { token: leaderA })).status).toBe(403);
    const own = await call('GET', '/people/p-a/export', { token: leaderA });
    expect(own.status).toBe(200);
    expect(own.body.person).toMatchObject({ id: 'p-a', name: 'Anne', email: 'anne@kommune.dk' });
    expect(own.body.groupIds).toEqual(['g-1']);
    expect(own.body.events.map((event: { type: string }) => event.type)).toEqual(
      expect.arrayContaining(['PersonAdded', 'GroupCreated', 'CycleLaunched', 'CascadeConfirmed']),
    );
    expect(own.body.events.find((event: { type: string }) => event.type === 'PersonAdded').data).toMatchObject({
      name: 'Anne',
    });

    expect((await call('DELETE', '/people/p-a/personal-data', { token: leaderA })).status).toBe(403);
    const storedBefore = storedEvents();
    const erased = await call('DELETE', '/people/p-a/personal-data', { token: chef });
    // The history is not touched: every event stored before is still there, byte for byte, and one event was added.
    const storedAfter = storedEvents();
    expect(storedAfter.slice(0, storedBefore.length)).toEqual(storedBefore);
    expect(storedAfter.slice(storedBefore.length).map((event) => event.type)).toEqual(['PersonalDataErased']);
    expect(erased.body).toMatchObject({
      id: 'p-a',
      name: '[slettet / erased]',
      personalDataErasedAt: expect.any(String),
    });
    const organisation = (await call('GET', '/organisation', { token: chef })).body;
    expect(organisation.people.find((p: { id: string }) => p.id === 'p-a')).toMatchObject({
      name: '[slettet / erased]',
      email: '[slettet / erased]',
    });
    // Nothing brings the data back: not a change of e-mail, not a re-import of the original file.
    const patched = await call('PATCH', '/people/p-a', {
      token: chef,
      body: { email: 'anne.ny@kommune.dk', name: 'Anne' },
    });
    expect(patched.body).toMatchObject({ name: '[slettet / erased]', email: '[slettet / erased]' });
    expect((await postCsv([HEADER, ...ROWS].join('\n'))).status).toBe(200);
    const roundTrip = (await call('GET', '/organisation', { token: chef })).body;
    expect(roundTrip.people.find((p: { id: string }) => p.id === 'p-a')).toMatchObject({ name: '[slettet / erased]' });
    // What GET returns can be PUT back as it is, the erased person included.
    expect((await call('PUT', '/organisation', { token: chef, body: roundTrip })).status).toBe(200);
    const exported = (await call('GET', '/people/p-a/export', { token: chef })).body;
    expect(JSON.stringify(exported)).not.toContain('Anne');
    expect(exported.events.map((event: { type: string }) => event.type)).toContain('PersonalDataErased');
    // The history itself is untouched: the cycle still replays, with the person's id where it was.
    const cycles = (await call('GET', '/cycles', { token: chef })).body;
    const history = (await call('GET', `/cycles/${cycles[0].id}/events`, { token: chef })).body;
    expect(JSON.stringify(history)).toContain('"p-a"');
  });

  it('proposes balanced groups deterministically for a seed, and adopts an edited proposal as the groups', async () => {
    const compose = (seed: number) =>
      call('POST', '/organisation/groups/compose', { token: chef, body: { count: 2, seed } });
    const proposal = await compose(7);
    expect(proposal.status).toBe(200);
    expect((await compose(7)).body).toEqual(proposal.body);
    const active = (await call('GET', '/organisation', { token: chef })).body.people;
    const levelOf = new Map(active.map((person: { id: string; level: string }) => [person.id, person.level]));
    expect(proposal.body.groups).toHaveLength(2);
    for (const group of proposal.body.groups) {
      expect(['chef', 'direktør']).toContain(levelOf.get(group.facilitatorId));
      expect(group.memberIds).toContain(group.facilitatorId);
    }
    expect(proposal.body.groups.flatMap((group: { memberIds: string[] }) => group.memberIds).sort()).toEqual(
      active.map((person: { id: string }) => person.id).sort(),
    );
    expect(proposal.body.scores).toHaveLength(2);

    const edited = proposal.body.groups.map((group: { name: string }, i: number) => ({
      ...group,
      name: `Gruppe ${['A', 'B'][i]}`,
    }));
    const adopted = await call('POST', '/organisation/groups/adopt', { token: chef, body: { groups: edited } });
    expect(adopted.status).toBe(200);
    expect(adopted.body.groups).toEqual(edited);
    const bad = await call('POST', '/organisation/groups/adopt', {
      token: chef,
      body: { groups: [{ ...edited[0], facilitatorId: 'p-b' }] },
    });
    expect(bad).toMatchObject({ status: 422, body: { code: 'ORGANISATION_INVALID' } });
    expect((await call('GET', '/organisation', { token: chef })).body.groups).toEqual(edited);
  });

  it.each([
    ['POST', '/organisation/import'],
    ['POST', '/areas'],
    ['PATCH', '/areas/social'],
    ['POST', '/people'],
    ['PATCH', '/people/p-b'],
    ['POST', '/people/p-b/leave'],
    ['DELETE', '/people/p-b/personal-data'],
    ['POST', '/groups'],
    ['POST', '/groups/g-1/members'],
    ['DELETE', '/groups/g-1/members/p-b'],
    ['PUT', '/groups/g-1/facilitator'],
    ['POST', '/organisation/groups/compose'],
    ['POST', '/organisation/groups/adopt'],
    ['POST', '/cycles/c-1/cascades/p-b/release'],
  ])('%s %s: 401 without a token, 403 for every role but chefgruppen', async (method, path) => {
    expect((await call(method, path, { body: {} })).status).toBe(401);
    for (const role of ['facilitator', 'leader', 'auditor'] as const) {
      const token = await system.token('p-b', role);
      expect([role, (await call(method, path, { token, body: {} })).status]).toEqual([role, 403]);
    }
  });
});
