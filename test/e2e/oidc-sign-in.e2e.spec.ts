import { apiClient } from '../support/http';
import { startOidcProvider, type OidcTestProvider } from '../support/oidc-test-provider';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { MEETING_DATE } from '../support/dates';
import { until } from '../support/until';

jest.setTimeout(180_000);

const API = 'urn:ledelsesrum:api';
const ORG = organisationFixture(1, 2);

/** The built API and worker, configured for a real OpenID provider on loopback, driven over HTTP. */
describe('sign-in through an OpenID Connect provider', () => {
  let provider: OidcTestProvider;
  /** OIDC_ISSUER set, AUTH_DEV_TOKENS not: dev tokens are off by default. */
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  const oidcEnv = () => ({
    OIDC_ISSUER: provider.issuer,
    OIDC_AUDIENCE: API,
    OIDC_ROLE_MAP: 'ledelsesrum-chefgruppe=chefgruppen',
  });

  beforeAll(async () => {
    provider = await startOidcProvider({
      clients: [
        { clientId: 'chef-app', claims: { roles: ['ledelsesrum-chefgruppe'] } },
        { clientId: 'no-roles-app', claims: { roles: ['fagsystem-bruger'] } },
        // A provider value that happens to be one of our role names, with no entry in OIDC_ROLE_MAP.
        { clientId: 'named-auditor-app', claims: { roles: ['auditor', 'chefgruppen'] } },
      ],
      resources: [
        { indicator: API, audience: API, alg: 'RS256' },
        { indicator: `${API}:es256`, audience: API, alg: 'ES256' },
        { indicator: 'urn:another-system:api', audience: 'urn:another-system:api', alg: 'RS256' },
      ],
    });
    system = await startSystem({ env: oidcEnv() });
    call = apiClient(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await provider?.stop();
  });

  it('warns at start that without SESSION_SECRET and CONFIRM_LINK_SECRET replicas must share the data folder', () => {
    expect(system.logs()).toContain(
      'SESSION_SECRET og / and CONFIRM_LINK_SECRET er ikke sat: hemmeligheden i datamappen bruges',
    );
  });

  it('lets a provider token with the mapped role call chefgruppen routes (PUT /organisation 200, POST /cycles 201)', async () => {
    const token = await provider.token('chef-app', API);

    const put = await call('PUT', '/organisation', { token, body: ORG });
    const launch = await call('POST', '/cycles', { token, body: { theme: 'Trivsel', meetingDate: MEETING_DATE } });

    expect({ status: put.status, body: put.body }).toMatchObject({ status: 200 });
    expect({ status: launch.status, body: launch.body }).toMatchObject({ status: 201 });
  });

  it('lets an ES256 provider token in as well (GET /organisation 200)', async () => {
    const token = await provider.token('chef-app', `${API}:es256`);

    expect((await call('GET', '/organisation', { token })).status).toBe(200);
  });

  it('answers a provider token without any of our roles with 403', async () => {
    const token = await provider.token('no-roles-app', API);

    const response = await call('GET', '/cycles', { token });

    expect({ status: response.status, body: response.body }).toMatchObject({ status: 403 });
  });

  it('answers a provider token issued for another audience with 401, and logs why with the request id, not the token', async () => {
    const token = await provider.token('chef-app', 'urn:another-system:api');

    const response = await call('GET', '/cycles', { token, headers: { 'x-request-id': 'anden-app-1' } });

    expect({ status: response.status, body: response.body }).toMatchObject({ status: 401 });
    await until(
      () => system.logs().includes('Token afvist / Token refused (request anden-app-1, GET /api/cycles)'),
      'the refusal in the log',
    );
    expect(system.logs()).toContain('unexpected "aud" claim value');
    expect(system.logs()).not.toContain(token);
  });

  it('grants nothing for provider values equal to our role names that OIDC_ROLE_MAP does not map (403)', async () => {
    const token = await provider.token('named-auditor-app', API);

    const export_ = await call('GET', '/audit/export', { token });
    const cycles = await call('GET', '/cycles', { token });

    expect({ export: export_.status, cycles: cycles.status }).toEqual({ export: 403, cycles: 403 });
  });

  it('answers a development token (HS256, signed with the API’s own secret) with 401', async () => {
    const response = await call('GET', '/cycles', { token: await system.token('chef-1', 'chefgruppen') });

    expect({ status: response.status, body: response.body }).toMatchObject({ status: 401 });
  });

  describe('with AUTH_DEV_TOKENS=true', () => {
    let both: SystemUnderTest;
    beforeAll(async () => {
      both = await startSystem({ pieces: ['api'], env: { ...oidcEnv(), AUTH_DEV_TOKENS: 'true' } });
    });
    afterAll(async () => both?.stop());

    it('accepts a development token and a provider token side by side', async () => {
      const callBoth = apiClient(both.baseUrl);
      const dev = await both.token('chef-1', 'chefgruppen');
      const fromProvider = await provider.token('chef-app', API);

      expect((await callBoth('GET', '/cycles', { token: dev })).status).toBe(200);
      expect((await callBoth('GET', '/cycles', { token: fromProvider })).status).toBe(200);
    });
  });
});
