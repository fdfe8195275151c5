// A real OpenID Connect provider (panva's oidc-provider, the certified implementation) on loopback, for tests.
// oidc-provider 9 is ESM-only and Jest runs CommonJS, so tests start this script with `node` instead of importing it;
// test/support/oidc-test-provider.ts is the TypeScript side.
//
//   node test/support/oidc-provider.mjs --port <port> [--keys <private-jwks.json>] [--issuer <url>]
//   OIDC_TEST_CONFIG='{"clients":[{"clientId","clientSecret","claims"}],"resources":[{"indicator","audience","alg","ttlSeconds"}]}'
//
// Clients use the client_credentials grant with a resource indicator (RFC 8707); each resource gets JWT access
// tokens signed with its `alg` and carrying its `audience`; each client's `claims` are added to its tokens.
// Web clients ("webClients": clientId, clientSecret, tokenAuthMethod, redirectUris, resource) use the authorization
// code flow: people sign in at the provider's own (development) login form with the login of one of "accounts"
// (login, claims, accessTokenClaims) and any password; no consent screen. An account's `claims` go into its ID token,
// its `accessTokenClaims` into the JWT access token a web client with a `resource` gets (else the access token is
// opaque). The form's "[ Cancel ]" link answers access_denied. A web client with "refreshTokens": true also gets a
// refresh token at every sign-in (without asking for offline_access, as Keycloak does), and its refreshes give an ID
// token with the account's claims as they are at that moment.
// Protocol on stdout: "OIDC_PROVIDER_READY <issuer>" once listening. On stdin: "rotate" makes a fresh RS256 and ES256
// key the signing keys (old keys stay published, as providers do during a rollover), then "OIDC_PROVIDER_ROTATED";
// "claims <login> <json>" replaces an account's ID token claims, then "OIDC_PROVIDER_CLAIMS <login>"; "disable <login>"
// removes the account (its refresh tokens are then refused with invalid_grant), then "OIDC_PROVIDER_DISABLED <login>".
// stdin closing (the test process went away) ends the provider.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Provider, { errors } from 'oidc-provider';

const { values } = parseArgs({
  options: { port: { type: 'string' }, keys: { type: 'string' }, issuer: { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0) throw new Error('--port <port> is required');
// --issuer: the address clients use when something stands in front of the provider (a test's relay).
const issuer = values.issuer ?? `http://127.0.0.1:${port}`;
const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const clients = new Map((config.clients ?? []).map((client) => [client.clientId, client]));
const resources = new Map((config.resources ?? []).map((resource) => [resource.indicator, resource]));
const webClients = new Map((config.webClients ?? []).map((client) => [client.clientId, client]));
const accounts = new Map((config.accounts ?? []).map((account) => [account.login, account]));
/** Every claim an account has besides the standard profile ones, released with the `openid` scope. */
const accountClaims = [
  ...new Set([...accounts.values()].flatMap((account) => Object.keys(account.claims ?? {}))),
].filter((claim) => !['sub', 'name', 'email'].includes(claim));

/** A private signing JWK; `alg` and `use` set so the provider picks it for exactly that algorithm. */
function newSigningKey(alg) {
  const { privateKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: `${alg.toLowerCase()}-${randomUUID()}`, alg, use: 'sig' };
}

let keys = values.keys
  ? JSON.parse(readFileSync(values.keys, 'utf8')).keys
  : [newSigningKey('RS256'), newSigningKey('ES256')];

function createProvider() {
  return new Provider(issuer, {
    // The provider signs with the first key that fits the algorithm, so a rotation puts the new keys first.
    jwks: { keys },
    clients: [...clients.values()]
      .map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        token_endpoint_auth_method: 'client_secret_basic',
      }))
      .concat(
        [...webClients.values()].map((client) => ({
          client_id: client.clientId,
          ...(client.tokenAuthMethod === 'none' ? {} : { client_secret: client.clientSecret }),
          grant_types: client.refreshTokens ? ['authorization_code', 'refresh_token'] : ['authorization_code'],
          response_types: ['code'],
          redirect_uris: client.redirectUris,
          token_endpoint_auth_method: client.tokenAuthMethod,
        })),
      ),
    findAccount(_ctx, login) {
      const account = accounts.get(login);
      return account && { accountId: login, claims: () => ({ sub: login, ...account.claims }) };
    },
    claims: { openid: ['sub', ...accountClaims], profile: ['name'], email: ['email'] },
    // The account's claims in the ID token itself, not only at the userinfo endpoint, as Entra ID and Keycloak do.
    conformIdTokenClaims: false,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // A first-party application: granted everything it asks for, without a consent screen.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const client = webClients.get(ctx.oidc.client.clientId);
      if (!client || !ctx.oidc.session.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope(ctx.oidc.params.scope);
      if (client.resource) grant.addResourceScope(client.resource, 'api');
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: webClients.size > 0 },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: (_ctx, client, oneOf) => webClients.get(client.clientId)?.resource ?? oneOf,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, indicator) {
          const resource = resources.get(indicator);
          if (!resource) throw new errors.InvalidTarget();
          return {
            scope: 'api',
            audience: resource.audience,
            accessTokenTTL: resource.ttlSeconds ?? 300,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: resource.alg } },
          };
        },
      },
    },
    extraTokenClaims: (_ctx, token) =>
      token.accountId ? accounts.get(token.accountId)?.accessTokenClaims : clients.get(token.clientId)?.claims,
    ttl: { ClientCredentials: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 300 },
    cookies: { keys: [randomUUID()] },
  });
}

// One HTTP server for the whole run; a rotation swaps the provider behind it, so the issuer (port) stays the same.
let handle = createProvider().callback();
const server = createServer((request, response) => handle(request, response));
server.listen(port, '127.0.0.1', () => console.log(`OIDC_PROVIDER_READY ${issuer}`));

const commands = createInterface({ input: process.stdin });
commands.on('line', (line) => {
  const [command, login, ...rest] = line.trim().split(' ');
  if (command === 'rotate') {
    keys = [newSigningKey('RS256'), newSigningKey('ES256'), ...keys];
    handle = createProvider().callback();
    console.log(`OIDC_PROVIDER_ROTATED ${keys[0].kid} ${keys[1].kid}`);
  } else if (command === 'claims' && accounts.has(login)) {
    // findAccount reads the map on every sign-in and refresh, so the next ID token carries these.
    accounts.set(login, { ...accounts.get(login), claims: JSON.parse(rest.join(' ')) });
    console.log(`OIDC_PROVIDER_CLAIMS ${login}`);
  } else if (command === 'disable') {
    accounts.delete(login);
    console.log(`OIDC_PROVIDER_DISABLED ${login}`);
  }
});
function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
commands.on('close', stop);
process.on('SIGTERM', stop);
