import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

// g-1: p-1-1 (chef) facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);
const NOBODY = 'p-404';
/** The organisation with its first person changed by `change`. */
const withFirstPerson = (change: object) => ({
  ...ORG,
  people: [{ ...ORG.people[0]!, ...change }, ...ORG.people.slice(1)],
});

/** The organisation's operations as the API's description states them. */
interface Description {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, Schema> };
}
interface Operation {
  readonly operationId: string;
  readonly requestBody?: { readonly required?: boolean; readonly content: Record<string, unknown> };
  readonly responses: Record<
    string,
    { readonly content?: Record<string, { schema: unknown }>; readonly links?: object }
  >;
}
type Schema = Readonly<Record<string, unknown>> & {
  readonly properties: Record<string, Record<string, unknown>>;
  readonly required?: readonly string[];
};

/** Groups in the order of their ids, to compare what was proposed with what is stored. */
const byId = (groups: readonly { id: string }[]) => [...groups].sort((a, b) => a.id.localeCompare(b.id));

describe('the organisation and people API keeps its contract', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;

  beforeAll(async () => {
    system = await startSystem({ pieces: ['api'] });
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
  });
  afterAll(async () => system?.stop());

  const send = (method: string, path: string, body?: unknown) => call(method, path, { token: chef, body });
  /** The organisation and how many events concern the person: what a refused request must leave as it was. */
  const stored = async (personId = 'p-1-2') => ({
    organisation: (await send('GET', '/organisation')).body,
    events: (await send('GET', `/people/${personId}/export`)).body.events.length,
  });

  describe('PATCH /people/{id}: null only where a field is nullable', () => {
    it.each(['name', 'email', 'areaId', 'level', 'experienced'])(
      '{"%s": null}: 400 VALIDATION_FAILED naming the field, nothing stored',
      async (field) => {
        const before = await stored();

        const response = await send('PATCH', '/people/p-1-2', { [field]: null });

        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({
          code: 'VALIDATION_FAILED',
          errors: expect.arrayContaining([expect.objectContaining({ field })]),
        });
        expect(await stored()).toEqual(before);
      },
    );

    it('{"managerId": null} and {"language": null} clear the manager and the language', async () => {
      const set = await send('PATCH', '/people/p-1-3', { managerId: 'p-1-1', language: 'en' });
      expect(set).toMatchObject({ status: 200, body: { id: 'p-1-3', managerId: 'p-1-1', language: 'en' } });

      const cleared = await send('PATCH', '/people/p-1-3', { managerId: null, language: null });

      expect(cleared.status).toBe(200);
      expect(cleared.body).not.toHaveProperty('managerId');
      expect(cleared.body).not.toHaveProperty('language');
      const person = (await send('GET', '/organisation')).body.people.find(({ id }: { id: string }) => id === 'p-1-3');
      expect(person).toEqual(ORG.people.find(({ id }) => id === 'p-1-3'));
    });
  });

  describe('other bad input: 400, nothing stored', () => {
    const person = { ...ORG.people[0]!, id: 'p-new' };
    it.each([
      ['PUT /organisation, people[0].level null', 'PUT', '/organisation', withFirstPerson({ level: null })],
      ['PUT /organisation, people[0].managerId null', 'PUT', '/organisation', withFirstPerson({ managerId: null })],
      ['POST /people, experienced null', 'POST', '/people', { ...person, experienced: null }],
      ['POST /people, language null', 'POST', '/people', { ...person, language: null }],
      ['POST /people, a name of 201 characters', 'POST', '/people', { ...person, name: 'x'.repeat(201) }],
      ['POST /areas, name null', 'POST', '/areas', { id: 'nyt', name: null }],
      ['PATCH /areas/{id}, an empty name', 'PATCH', '/areas/social', { name: '' }],
      ['POST /groups, memberIds null', 'POST', '/groups', { ...ORG.groups[0]!, id: 'g-9', memberIds: null }],
      ['POST /groups/{id}/members, not an id', 'POST', '/groups/g-1/members', { personId: 'not an id' }],
      ['compose, count null', 'POST', '/organisation/groups/compose', { count: null }],
      ['compose, count 1.5', 'POST', '/organisation/groups/compose', { count: 1.5 }],
      ['adopt, no groups', 'POST', '/organisation/groups/adopt', { groups: [], scores: [] }],
    ])('%s: 400 VALIDATION_FAILED, nothing stored', async (_title, method, path, body) => {
      const before = await stored();

      const response = await send(method, path, body);

      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(await stored()).toEqual(before);
    });

    it.each(['at=2027-01-01', 'at=2027-01-01T00:00Z', 'at=2027-02-30T00:00:00Z', 'since=2027-01-01T00:00:00Z'])(
      'GET /organisation?%s: 400',
      async (query) => {
        const response = await send('GET', `/organisation?${query}`);
        expect(response).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
      },
    );

    it('GET /organisation?at= a date-time with seconds and a zone: 200', async () => {
      const response = await send('GET', `/organisation?at=${encodeURIComponent(new Date().toISOString())}`);
      expect(response).toMatchObject({ status: 200, body: { groups: ORG.groups } });
    });
  });

  it('GET /organisation sent back with PUT: accepted, and nothing changes', async () => {
    const before = await stored();

    const response = await send('PUT', '/organisation', before.organisation);

    expect(response).toMatchObject({ status: 200, body: before.organisation });
    expect(await stored()).toEqual(before);
  });

  describe('compose and adopt', () => {
    it('composes without a body: 11 groups asked for, as many as there are people', async () => {
      const response = await send('POST', '/organisation/groups/compose');
      expect(response.status).toBe(200);
      expect(response.body.groups).toHaveLength(ORG.people.length);
    });

    it('adopts the very answer compose gave, scores and unmet included', async () => {
      const proposal = await send('POST', '/organisation/groups/compose', { count: 2, seed: 7 });
      expect(proposal.status).toBe(200);
      expect(Object.keys(proposal.body).sort()).toEqual(['groups', 'scores', 'unmet']);

      const adopted = await send('POST', '/organisation/groups/adopt', proposal.body);

      expect(adopted.status).toBe(200);
      expect(byId(adopted.body.groups)).toEqual(byId(proposal.body.groups));
      expect(byId((await send('GET', '/organisation')).body.groups)).toEqual(byId(proposal.body.groups));
      // The organisation's own groups again, for the tests that follow.
      expect((await send('POST', '/organisation/groups/adopt', { groups: ORG.groups })).status).toBe(200);
    });
  });

  describe('one status per kind of error: the same unknown person', () => {
    it('in a whole organisation document: 422 ORGANISATION_INVALID with every problem, nothing stored', async () => {
      const before = await stored();
      const groups = [{ ...ORG.groups[0]!, memberIds: [...ORG.groups[0]!.memberIds, NOBODY] }, ORG.groups[1]!];

      const response = await send('PUT', '/organisation', { ...ORG, groups });

      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        code: 'ORGANISATION_INVALID',
        details: { problems: [expect.objectContaining({ path: 'groups[0].memberIds[3]' })] },
      });
      expect(await stored()).toEqual(before);
    });

    it.each([
      ['PATCH', `/people/${NOBODY}`, { name: 'Ingen' }],
      ['PATCH', '/people/p-1-2', { managerId: NOBODY }],
      ['POST', '/groups/g-1/members', { personId: NOBODY }],
      ['DELETE', `/groups/g-1/members/${NOBODY}`, undefined],
      ['PUT', '/groups/g-1/facilitator', { facilitatorId: NOBODY }],
      ['POST', '/groups', { id: 'g-9', name: 'Gruppe 9', facilitatorId: 'p-1-1', memberIds: ['p-1-1', NOBODY] }],
      ['POST', `/people/${NOBODY}/leave`, undefined],
      ['DELETE', `/people/${NOBODY}/personal-data`, undefined],
      ['GET', `/people/${NOBODY}/export`, undefined],
    ])('in a single change, %s %s: 404 UNKNOWN_PERSON naming them, nothing stored', async (method, path, body) => {
      const before = await stored();

      const response = await send(method, path, body);

      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ code: 'UNKNOWN_PERSON', details: { id: NOBODY } });
      expect(response.body.message).toContain(NOBODY);
      expect(await stored()).toEqual(before);
    });

    it('an unknown area in a single change: 404 UNKNOWN_AREA, nothing stored', async () => {
      const before = await stored();

      const response = await send('PATCH', '/people/p-1-2', { areaId: 'nowhere' });

      expect(response).toMatchObject({ status: 404, body: { code: 'UNKNOWN_AREA', details: { id: 'nowhere' } } });
      expect(await stored()).toEqual(before);
    });

    it('a rule a single change breaks with known ids stays 422 ORGANISATION_INVALID: a leder cannot facilitate', async () => {
      const response = await send('PUT', '/groups/g-1/facilitator', { facilitatorId: 'p-1-2' });
      expect(response).toMatchObject({ status: 422, body: { code: 'ORGANISATION_INVALID' } });
    });

    it('a person who is not a member but exists: 409 NOT_MEMBER', async () => {
      const response = await send('DELETE', '/groups/g-1/members/p-2-2');
      expect(response).toMatchObject({ status: 409, body: { code: 'NOT_MEMBER' } });
    });
  });

  describe('the description states it', () => {
    let description: Description;
    beforeAll(async () => {
      const response = await fetch(`${system.baseUrl}/docs-json`);
      description = (await response.json()) as Description;
    });
    const operation = (path: string, method: string) => description.paths[path]![method]!;
    const schemaOf = (name: string) => description.components.schemas[name]!;

    it('names every operation and gives each success answer a schema', () => {
      const answers = [
        ['/api/organisation/import', 'post', '200', 'importOrganisation'],
        ['/api/organisation/import/preview', 'post', '200', 'previewOrganisationImport'],
        ['/api/organisation', 'put', '200', 'replaceOrganisation'],
        ['/api/organisation', 'get', '200', 'getOrganisation'],
        ['/api/areas', 'post', '201', 'addArea'],
        ['/api/areas/{id}', 'patch', '200', 'renameArea'],
        ['/api/groups', 'post', '201', 'createGroup'],
        ['/api/groups/{id}/members', 'post', '200', 'addGroupMember'],
        ['/api/groups/{id}/members/{personId}', 'delete', '200', 'removeGroupMember'],
        ['/api/groups/{id}/facilitator', 'put', '200', 'changeFacilitator'],
        ['/api/organisation/groups/compose', 'post', '200', 'composeGroups'],
        ['/api/organisation/groups/adopt', 'post', '200', 'adoptGroups'],
        ['/api/people', 'post', '201', 'addPerson'],
        ['/api/people/{id}', 'patch', '200', 'changePerson'],
        ['/api/people/{id}/leave', 'post', '200', 'personLeaves'],
        ['/api/people/{id}/personal-data', 'delete', '200', 'erasePersonalData'],
        ['/api/people/{id}/export', 'get', '200', 'exportPersonalData'],
      ] as const;
      for (const [path, method, status, operationId] of answers) {
        const { responses, ...named } = operation(path, method);
        expect({ path, method, operationId: named.operationId }).toEqual({ path, method, operationId });
        expect(responses[status]?.content?.['application/json']?.schema).toBeDefined();
      }
    });

    it('declares each route’s own errors, the links from a person, and compose’s body as optional', () => {
      expect(Object.keys(operation('/api/people/{id}', 'patch').responses)).toEqual(
        expect.arrayContaining(['404', '409']),
      );
      expect(operation('/api/people', 'post').responses['201']!.links).toHaveProperty('changePerson', {
        operationId: 'changePerson',
        parameters: { id: '$response.body#/id' },
      });
      expect(operation('/api/organisation/groups/compose', 'post').requestBody?.required).toBe(false);
      expect(Object.keys(operation('/api/organisation/import', 'post').requestBody!.content)).toEqual(['text/csv']);
    });

    /** Where `value` has a field its schema does not declare, or lacks one it requires: `path` for each. */
    function undeclared(value: unknown, schema: Record<string, unknown>, path = ''): string[] {
      const ref = schema['$ref'];
      if (typeof ref === 'string') return undeclared(value, schemaOf(ref.split('/').pop()!), path);
      if (Array.isArray(value)) {
        const items = schema['items'] as Record<string, unknown>;
        return value.flatMap((item, i) => undeclared(item, items, `${path}[${i}]`));
      }
      if (typeof value !== 'object' || value === null) return [];
      const { properties, required = [] } = schema as Partial<Schema>;
      if (!properties) return [];
      return [
        ...required.filter((key) => !(key in value)).map((key) => `${path}.${key} missing`),
        ...Object.entries(value).flatMap(([key, field]) =>
          properties[key] ? undeclared(field, properties[key]!, `${path}.${key}`) : [`${path}.${key}`],
        ),
      ];
    }
    const answerSchema = (path: string, method: string, status: string) =>
      operation(path, method).responses[status]!.content!['application/json']!.schema as Record<string, unknown>;

    it('answers field for field what it declares', async () => {
      const answers = [
        ['/api/organisation/groups/compose', 'post', await send('POST', '/organisation/groups/compose')],
        ['/api/people/{id}', 'patch', await send('PATCH', '/people/p-1-2', { managerId: 'p-1-1', language: 'en' })],
        ['/api/people/{id}/export', 'get', await send('GET', '/people/p-1-2/export')],
        ['/api/organisation', 'get', await send('GET', '/organisation')],
        ['/api/groups/{id}/members', 'post', await send('POST', '/groups/g-1/members', { personId: 'p-2-2' })],
      ] as const;
      for (const [path, method, { status, body }] of answers) {
        expect({ path, status, undeclared: undeclared(body, answerSchema(path, method, String(status))) }).toEqual({
          path,
          status: 200,
          undeclared: [],
        });
      }
    });

    it('states the one rule for null and the limits the validator checks', () => {
      const change = schemaOf('ChangePersonDto').properties;
      expect(change['managerId']).toMatchObject({ nullable: true, pattern: expect.any(String) });
      expect(change['language']).toMatchObject({ nullable: true });
      expect(change['name']).toMatchObject({ minLength: 1, maxLength: 200 });
      expect(change['name']).not.toHaveProperty('nullable');
      expect(change['email']).toMatchObject({ format: 'email' });
      expect(schemaOf('ChangePersonDto').required ?? []).toEqual([]);
    });
  });
});
