import { readFileSync } from 'node:fs';
import { DESCRIPTION_FILE } from '../support/api-description';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { MEETING_DATE } from '../support/dates';

jest.setTimeout(240_000);

const ORG = organisationFixture(2, 3);
const LAUNCH = JSON.stringify({ theme: 'Trivsel', meetingDate: MEETING_DATE });

/** The server answers what its description says of bodies: their media type, and JSON that is not JSON. */
describe('the API answers as its description says', () => {
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

  const cycleCount = async () => (await call<unknown[]>('GET', '/cycles', { token: chef })).body.length;
  const organisation = async () => (await call('GET', '/organisation', { token: chef })).body;

  it('refuses a JSON route’s body sent as text/plain with 415 UNSUPPORTED_MEDIA_TYPE, and launches nothing', async () => {
    const before = await cycleCount();

    const answer = await call('POST', '/cycles', {
      token: chef,
      rawBody: LAUNCH,
      headers: { 'content-type': 'text/plain' },
    });

    expect(answer).toMatchObject({
      status: 415,
      body: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', details: { accepted: ['application/json'] } },
    });
    expect(answer.body.message).toContain(' / ');
    expect(await cycleCount()).toBe(before);
  });

  it('refuses a form or a spreadsheet sent to a JSON route, and JSON sent to the spreadsheet’s route (415)', async () => {
    const before = await organisation();
    const asForm = await call('PUT', '/organisation', {
      token: chef,
      rawBody: 'areas=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const asCsv = await call('PATCH', '/people/p-1-2', {
      token: chef,
      rawBody: 'name\nKaj',
      headers: { 'content-type': 'text/csv' },
    });
    const jsonToImport = await call('POST', '/organisation/import', { token: chef, body: { people: [] } });

    expect([asForm.status, asCsv.status, jsonToImport.status]).toEqual([415, 415, 415]);
    expect(jsonToImport.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { accepted: ['text/csv'] } });
    expect(await organisation()).toEqual(before);
  });

  it('tells a caller who may not call the route so (403) before anything about their body', async () => {
    const leader = await system.token('p-1-2', 'leader');
    const answer = await call('POST', '/cycles', {
      token: leader,
      rawBody: LAUNCH,
      headers: { 'content-type': 'text/plain' },
    });
    expect(answer).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
  });

  it('answers JSON that is not JSON with 400 MALFORMED_JSON in both languages, and launches nothing', async () => {
    const before = await cycleCount();

    const answer = await call('POST', '/cycles', { token: chef, rawBody: '{"theme": "Trivsel",' });

    expect(answer).toMatchObject({ status: 400, body: { statusCode: 400, code: 'MALFORMED_JSON', details: {} } });
    expect(answer.body.message).toBe('Indholdet er ikke gyldig JSON / The body is not valid JSON');
    expect(await cycleCount()).toBe(before);
  });

  it('serves the completed description at /api/docs-json', async () => {
    const document = (await call('GET', '/docs-json')).body;

    const change = document.paths['/api/people/{id}'].patch;
    expect(Object.keys(change.responses)).toEqual(
      expect.arrayContaining(['400', '401', '403', '413', '415', '429', '503']),
    );
    expect(change.responses['415'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ApiError',
    });
    expect(change.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/api/health'].get.security).toBeUndefined();
    expect(document.components.schemas.ChangePersonDto.additionalProperties).toBe(false);
  });

  it('serves the very description npm run api:describe writes, made without a running server', async () => {
    const served = (await call('GET', '/docs-json')).body;
    expect(served).toEqual(JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')));
  });
});
