import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../../infra/repo-root';
import { freePort } from '../../infra/temporal-dev-server';

/** A client of the provider (client_credentials grant); `claims` go into every token it gets. */
export interface ProviderClient {
  readonly clientId: string;
  readonly claims?: Readonly<Record<string, unknown>>;
}

/** A resource server (RFC 8707 resource indicator): its tokens' `aud`, signing algorithm and lifetime. */
export interface ProviderResource {
  readonly indicator: string;
  readonly audience: string;
  readonly alg: 'RS256' | 'ES256';
  readonly ttlSeconds?: number;
}

/** A client of the authorization code flow (a web application); its secret is generated unless it is public. */
export interface ProviderWebClient {
  readonly clientId: string;
  readonly tokenAuthMethod: 'client_secret_basic' | 'client_secret_post' | 'none';
  readonly redirectUris: readonly string[];
  /** A resource indicator: its access tokens are JWTs for that resource; without one they are opaque. */
  readonly resource?: string;
  /** Gets a refresh token at every sign-in, and may use it (the refresh_token grant). */
  readonly refreshTokens?: boolean;
}

/** Someone who can sign in at the provider's login form (any password); `claims` go into their ID token. */
export interface ProviderAccount {
  readonly login: string;
  readonly claims?: Readonly<Record<string, unknown>>;
  /** Added to the JWT access tokens a web client with a `resource` gets for them. */
  readonly accessTokenClaims?: Readonly<Record<string, unknown>>;
}

export interface OidcProviderOptions {
  readonly clients: readonly ProviderClient[];
  readonly resources: readonly ProviderResource[];
  readonly webClients?: readonly ProviderWebClient[];
  readonly accounts?: readonly ProviderAccount[];
  /** Private signing JWKs; two providers given the same keys differ only in their issuer. Generated when absent. */
  readonly signingKeys?: readonly JsonWebKey[];
  /** The issuer it names, when clients reach it through something in front of it; it still listens on `address`. */
  readonly issuer?: string;
}

/** test/support/oidc-provider.mjs running in its own process on 127.0.0.1. */
export interface OidcTestProvider {
  readonly issuer: string;
  /** Where it listens: the issuer, unless it was given another. */
  readonly address: string;
  /** An access token from the token endpoint (client_credentials) for `resource`. */
  token(clientId: string, resource: string): Promise<string>;
  /** A client's generated secret (client_credentials clients and confidential web clients). */
  clientSecret(clientId: string): string;
  /**
   * Follows an authorization URL as a browser would, signing in at the provider's login form as `login`, and returns
   * where the provider sends the browser back to (the redirect URI with `code` and `state`, or `error`).
   */
  signInWithoutBrowser(authorizationUrl: string, login: string): Promise<URL>;
  /** The public key set the provider publishes at its jwks_uri. */
  publishedKeys(): Promise<{ keys: JsonWebKey[] }>;
  /** New RS256 and ES256 signing keys; the old ones stay published. Resolves once the provider signs with them. */
  rotateKeys(): Promise<void>;
  /** Replaces an account's ID token claims (its roles, say); the next sign-in or refresh carries them. */
  setClaims(login: string, claims: Readonly<Record<string, unknown>>): Promise<void>;
  /** Removes an account, as when a person leaves: the provider refuses their refresh tokens (invalid_grant). */
  disable(login: string): Promise<void>;
  stop(): Promise<void>;
}

/** A private RS256 and ES256 key as oidc-provider takes them. */
export function generateSigningKeys(): JsonWebKey[] {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return [
    { ...rsa, kid: `rs256-${randomUUID()}`, alg: 'RS256', use: 'sig' } as JsonWebKey,
    { ...ec, kid: `es256-${randomUUID()}`, alg: 'ES256', use: 'sig' } as JsonWebKey,
  ];
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcTestProvider> {
  const secrets = new Map(
    [...options.clients, ...(options.webClients ?? [])].map((client) => [
      client.clientId,
      randomBytes(24).toString('base64url'),
    ]),
  );
  const config = {
    clients: options.clients.map((client) => ({ ...client, clientSecret: secrets.get(client.clientId) })),
    resources: options.resources,
    webClients: (options.webClients ?? []).map((client) => ({ ...client, clientSecret: secrets.get(client.clientId) })),
    accounts: options.accounts ?? [],
  };
  const port = await freePort();
  const args = [join(repoRoot(), 'test', 'support', 'oidc-provider.mjs'), '--port', String(port)];
  if (options.issuer) args.push('--issuer', options.issuer);
  if (options.signingKeys) {
    const file = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-oidc-')), 'keys.json');
    writeFileSync(file, JSON.stringify({ keys: options.signingKeys }), { mode: 0o600 });
    args.push('--keys', file);
  }
  const child = spawn(process.execPath, args, {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output = lineReader(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));

  let issuer: string;
  try {
    issuer = (await output.next(/^OIDC_PROVIDER_READY (\S+)$/))[1]!;
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`oidc-provider did not start: ${(error as Error).message}\n${stderr}`);
  }
  type Metadata = { token_endpoint: string; jwks_uri: string };
  let discovery: Promise<Metadata> | undefined;
  const metadata = () => {
    discovery ??= fetch(`${issuer}/.well-known/openid-configuration`).then((r) => r.json() as Promise<Metadata>);
    return discovery;
  };

  return {
    issuer,
    address: `http://127.0.0.1:${port}`,
    async token(clientId, resource) {
      const secret = secrets.get(clientId);
      if (!secret) throw new Error(`no client ${clientId} in this provider`);
      const response = await fetch((await metadata()).token_endpoint, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
        body: new URLSearchParams({ grant_type: 'client_credentials', resource }),
      });
      const body = (await response.json()) as { access_token?: string };
      if (!response.ok || !body.access_token) {
        throw new Error(`token endpoint answered ${response.status}: ${JSON.stringify(body)}\n${stderr}`);
      }
      return body.access_token;
    },
    clientSecret(clientId) {
      const secret = secrets.get(clientId);
      if (!secret) throw new Error(`no client ${clientId} in this provider`);
      return secret;
    },
    signInWithoutBrowser: (authorizationUrl, login) => signInWithoutBrowser(issuer, authorizationUrl, login),
    async publishedKeys() {
      return (await fetch((await metadata()).jwks_uri)).json() as Promise<{ keys: JsonWebKey[] }>;
    },
    async rotateKeys() {
      const rotated = output.next(/^OIDC_PROVIDER_ROTATED /);
      child.stdin!.write('rotate\n');
      await rotated;
    },
    async setClaims(login, claims) {
      const done = output.next(new RegExp(`^OIDC_PROVIDER_CLAIMS ${login}$`));
      child.stdin!.write(`claims ${login} ${JSON.stringify(claims)}\n`);
      await done;
    },
    async disable(login) {
      const done = output.next(new RegExp(`^OIDC_PROVIDER_DISABLED ${login}$`));
      child.stdin!.write(`disable ${login}\n`);
      await done;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The child's stdout line by line; `next` waits for the next line matching a pattern, or fails if the child exits. */
function lineReader(child: ChildProcess) {
  const waiting: { pattern: RegExp; resolve: (match: RegExpExecArray) => void; reject: (error: Error) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    for (const waiter of [...waiting]) {
      const match = waiter.pattern.exec(line);
      if (!match) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve(match);
    }
  });
  child.once('exit', (code, signal) => {
    for (const waiter of waiting.splice(0))
      waiter.reject(new Error(`exited (${code ?? signal}) before ${waiter.pattern}`));
  });
  return {
    next(pattern: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${pattern} not seen within ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
        const settle =
          <T>(done: (value: T) => void) =>
          (value: T) => {
            clearTimeout(timer);
            done(value);
          };
        waiting.push({ pattern, resolve: settle(resolve), reject: settle(reject) });
      });
    },
  };
}

/**
 * The provider's side of a sign-in without a browser: redirects followed by hand with a cookie jar, and the login
 * form (oidc-provider's development form: `login`, any `password`) filled in once it shows.
 */
async function signInWithoutBrowser(issuer: string, authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
      ...(form ? { body: form } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      form = undefined;
      if (url.origin !== new URL(issuer).origin) return url;
      continue;
    }
    const page = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action || !page.includes('name="login"')) {
      throw new Error(`no login form at ${url.href} (HTTP ${response.status}):\n${page.slice(0, 2000)}`);
    }
    url = new URL(action.replaceAll('&amp;', '&'), url);
    form = new URLSearchParams({ prompt: 'login', login, password: 'any password' });
  }
  throw new Error(`the provider did not send the browser back within 10 redirects (last: ${url.href})`);
}
