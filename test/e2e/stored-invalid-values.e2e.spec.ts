import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ORGANISATION_STREAM } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { devSignIn } from '../support/dev-sign-in';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

/**
 * A log written before values were checked: a PersonChanged with no level and no experience, appended with the
 * store's own append (the hash chain stays whole) under the running system. The organisation still reads, on the
 * API and on chefgruppen's page, says what to correct, and works again once the person is corrected.
 */
describe('an organisation whose log holds values the rules now refuse (real API, worker and SQLite)', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  const fixture = organisationFixture(2, 3);
  const broken = fixture.people[1]!;

  const page = async (path = '/chefgruppen/organisation') => {
    const cookie = await devSignIn(system.webUrl, 'chefgruppen');
    const response = await fetch(`${system.webUrl}${path}`, { headers: { cookie } });
    return { status: response.status, text: await response.text() };
  };
  const compose = () => call('POST', '/organisation/groups/compose', { token: chef, body: { count: 2 } });

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: fixture })).status).toBe(200);
    const store = SqliteEventStore.open(join(system.dataDir, 'events.sqlite'));
    try {
      const revision = (await store.readStream(ORGANISATION_STREAM)).length - 1;
      const { id, areaId } = broken;
      const data = { id, areaId, level: null, experienced: null, managerId: null };
      await store.appendToStream(
        ORGANISATION_STREAM,
        [{ id: randomUUID(), type: 'PersonChanged', data, metadata: { actorId: 'chef-1' } }],
        { expectedRevision: revision },
      );
    } finally {
      await store.close();
    }
  });
  afterAll(async () => system?.stop());

  it('still reads the organisation, keeping the person and listing what to correct on them', async () => {
    const read = await call('GET', '/organisation', { token: chef });
    expect(read.status).toBe(200);
    expect(read.body.people.find((person: { id: string }) => person.id === broken.id)).toMatchObject({
      name: broken.name,
      level: null,
      experienced: null,
    });
    expect(read.body.problems).toEqual([
      {
        personId: broken.id,
        field: 'level',
        message: `Niveau mangler for ${broken.name} — ret det under personen / Level missing for ${broken.name} — correct it on the person`,
      },
      {
        personId: broken.id,
        field: 'experienced',
        message: `Erfaring mangler for ${broken.name} — ret det under personen / Experience missing for ${broken.name} — correct it on the person`,
      },
    ]);
  });

  it('shows chefgruppen the organisation page with what to correct, linked to the person', async () => {
    const { status, text } = await page();
    expect(status).toBe(200);
    expect(text).toContain(`Niveau mangler for ${broken.name} — ret det under personen`);
    expect(text).toContain(`href="/chefgruppen/organisation/personer/${broken.id}"`);
    // The link leads to the person's own page, where the value is corrected.
    const person = await page(`/chefgruppen/organisation/personer/${broken.id}`);
    expect(person.status).toBe(200);
    expect(person.text).toContain(broken.name);
  });

  it('refuses to compose with the person to correct named, and to take the organisation back as it reads', async () => {
    const composed = await compose();
    expect(composed.status).toBe(409);
    expect(composed.body).toMatchObject({ code: 'PERSON_NEEDS_CORRECTION', details: { personId: broken.id } });
    const { problems: _problems, ...document } = (await call('GET', '/organisation', { token: chef })).body;
    const put = await call('PUT', '/organisation', { token: chef, body: document });
    expect(put.status).toBe(400);
    expect(JSON.stringify(put.body)).toContain('level');
  });

  it('refuses a null name or e-mail with 400, storing nothing', async () => {
    const before = (await call('GET', '/organisation', { token: chef })).body;
    for (const field of ['name', 'email']) {
      const patched = await call('PATCH', `/people/${broken.id}`, { token: chef, body: { [field]: null } });
      expect(patched.status).toBe(400);
    }
    expect((await call('GET', '/organisation', { token: chef })).body).toEqual(before);
  });

  it('works again once the person is corrected: read, page, compose and the round trip', async () => {
    const halfway = await call('PATCH', `/people/${broken.id}`, { token: chef, body: { level: 'leder' } });
    expect(halfway.status).toBe(400);
    expect(halfway.body).toMatchObject({ code: 'INVALID_VALUE', details: { field: 'person.experienced' } });
    const corrected = await call('PATCH', `/people/${broken.id}`, {
      token: chef,
      body: { level: 'leder', experienced: true },
    });
    expect(corrected.status).toBe(200);

    const read = await call('GET', '/organisation', { token: chef });
    expect(read.body.problems).toBeUndefined();
    expect(read.body.people.find((person: { id: string }) => person.id === broken.id)).toMatchObject({
      level: 'leder',
      experienced: true,
    });
    const { status, text } = await page();
    expect(status).toBe(200);
    expect(text).not.toContain('mangler for');
    expect((await compose()).status).toBe(200);
    const put = await call('PUT', '/organisation', { token: chef, body: read.body });
    expect(put.status).toBe(200);
    expect(put.body).toEqual(read.body);
  });
});
