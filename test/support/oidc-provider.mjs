// A real OpenID Connect provider (panva's oidc-provider, the certified implementation) on loopback, for tests.
// oidc-provider 9 is ESM-only and Jest runs CommonJS, so tests start this script with `node` instead of importing it;
// test/support/oidc-test-provider.ts is the TypeScript side.
//
//   node test/support/oidc-provider.mjs --port <port> [--keys <private-jwks.json>]
//   OIDC_TEST_CONFIG='{"clients":[{"clientId","clientSecret","claims"}],"resources":[{"indicator","audience","alg","ttlSeconds"}]}'
//
// Clients use the client_credentials grant with a resource indicator (RFC 8707); each resource gets JWT access
// tokens signed with its `alg` and carrying its `audience`; each client's `claims` are added to its tokens.
// Protocol on stdout: "OIDC_PROVIDER_READY <issuer>" once listening. On stdin: "rotate" makes a fresh RS256 and ES256
// key the signing keys (old keys stay published, as providers do during a rollover), then "OIDC_PROVIDER_ROTATED".
// stdin closing (the test process went away) ends the provider.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Provider, { errors } from 'oidc-provider';

const { values } = parseArgs({ options: { port: { type: 'string' }, keys: { type: 'string' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0) throw new Error('--port <port> is required');
const issuer = `http://127.0.0.1:${port}`;
const config = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{}');
const clients = new Map((config.clients ?? []).map((client) => [client.clientId, client]));
const resources = new Map((config.resources ?? []).map((resource) => [resource.indicator, resource]));

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
    clients: [...clients.values()].map((client) => ({
      client_id: client.clientId,
      client_secret: client.clientSecret,
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
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
    extraTokenClaims: (_ctx, token) => clients.get(token.clientId)?.claims,
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
  if (line.trim() !== 'rotate') return;
  keys = [newSigningKey('RS256'), newSigningKey('ES256'), ...keys];
  handle = createProvider().callback();
  console.log(`OIDC_PROVIDER_ROTATED ${keys[0].kid} ${keys[1].kid}`);
});
function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
commands.on('close', stop);
process.on('SIGTERM', stop);
