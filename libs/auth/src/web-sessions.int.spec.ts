import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { freePort } from '../../../infra/temporal-dev-server';
import { startOidcProvider, type OidcTestProvider } from '../../../test/support/oidc-test-provider';
import { until } from '../../../test/support/until';
import { ConfirmLinks } from './confirm-links';
import { JwtTokens } from './jwt-tokens';
import { OidcSignIn } from './oidc-sign-in';
import { PendingSignIns } from './oidc-sign-in-pending';
import { SqliteSessionStore } from './sqlite-session-store';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';
import { SessionEndedError, WebSessions, type WebSessionsOptions } from './web-sessions';

jest.setTimeout(60_000);

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const REDIRECT = 'http://127.0.0.1:9/log-ind/oidc/callback';

/** Every test on a session file of its own; `file` is the latest. */
let file = '';
const stores: SqliteSessionStore[] = [];
function sessionsOn(options: Partial<WebSessionsOptions> = {}): WebSessions {
  file = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-web-sessions-')), 'sessions.sqlite');
  return another(options);
}
/** Another process on the same file (a second API replica). */
function another(options: Partial<WebSessionsOptions> = {}): WebSessions {
  const store = new SqliteSessionStore(file);
  stores.push(store);
  return new WebSessions({ secret: SECRET, store, ...options });
}
afterEach(async () => {
  jest.useRealTimers();
  await Promise.all(stores.splice(0).map((store) => store.close()));
});

function rows(): { id_hash: Buffer; refresh_token: Buffer | null }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT * FROM web_sessions').all() as { id_hash: Buffer; refresh_token: Buffer | null }[];
  } finally {
    db.close();
  }
}

describe('WebSessions kept at the server (a real SQLite file)', () => {
  it('gives back the person, roles and name it was issued for, with a form token of its own per session', async () => {
    const sessions = sessionsOn();
    const first = await sessions.verify(await sessions.issue({ id: 'p-1', roles: ['leader'] }, 'Bo Ærø'));
    const second = await sessions.verify(await sessions.issue({ id: 'p-1', roles: ['leader'] }));

    expect(first).toEqual({ id: 'p-1', roles: ['leader'], csrf: expect.any(String), name: 'Bo Ærø' });
    expect(first.csrf).toHaveLength(32);
    expect(second.csrf).not.toBe(first.csrf);
    expect(second).not.toHaveProperty('name');
  });

  it('puts only a random 32-byte id in the cookie, and only its SHA-256 in the store', async () => {
    const sessions = sessionsOn();
    const id = await sessions.issue({ id: 'p-1', roles: ['chefgruppen'] }, 'Bo Ærø');

    expect(Buffer.from(id, 'base64url')).toHaveLength(32);
    expect(id).not.toContain('.');
    expect(rows().map((row) => row.id_hash)).toEqual([createHash('sha256').update(id).digest()]);
    expect(rows().some((row) => row.id_hash.toString('latin1').includes(id))).toBe(false);
  });

  it('revoke ends the session for every process sharing the store; revoking nonsense does nothing', async () => {
    const sessions = sessionsOn();
    const replica = another();
    const id = await sessions.issue({ id: 'p-1', roles: ['chefgruppen'] });
    await expect(replica.verify(id)).resolves.toMatchObject({ id: 'p-1' });

    await sessions.revoke(id);
    await sessions.revoke('not-a-session');

    await expect(replica.verify(id)).rejects.toThrow(InvalidTokenError);
    await expect(sessions.verify(id)).rejects.toThrow(InvalidTokenError);
    expect(rows()).toHaveLength(0);
  });

  it('refuses a session after its lifetime, and the next sign-in deletes it', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const sessions = sessionsOn({ lifetimeSeconds: 60 });
    const id = await sessions.issue({ id: 'p-1', roles: ['leader'] });
    jest.setSystemTime(new Date('2026-03-02T09:01:00Z'));

    await expect(sessions.verify(id)).rejects.toThrow(InvalidTokenError);
    await sessions.issue({ id: 'p-2', roles: ['leader'] });
    expect(rows()).toHaveLength(1);
  });

  it('refuses what is not a live session id: a development token, a link, a pending sign-in, garbage', async () => {
    const sessions = sessionsOn();
    const values = [
      await new JwtTokens(SECRET).issue('p-1', ['chefgruppen']),
      await new ConfirmLinks(SECRET).sign({
        cycleId: 'c-1',
        personId: 'p-1',
        expiresAt: new Date(Date.now() + 60_000),
      }),
      await new PendingSignIns(SECRET).seal({ state: 's', nonce: 'n', codeVerifier: 'v', back: '' }),
      'x'.repeat(43),
      '',
    ];
    for (const value of values) await expect(sessions.verify(value)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => sessionsOn({ secret: 'short' })).toThrow(/32/);
  });
});

describe('WebSessions reading the roles again at a real OpenID provider (oidc-provider)', () => {
  let provider: OidcTestProvider;
  beforeAll(async () => {
    provider = await startOidcProvider({
      clients: [],
      resources: [],
      webClients: [
        { clientId: 'web', tokenAuthMethod: 'client_secret_basic', redirectUris: [REDIRECT], refreshTokens: true },
        // Public: oidc-provider rotates its refresh tokens, and ends the whole grant when one is used twice.
        { clientId: 'web-public', tokenAuthMethod: 'none', redirectUris: [REDIRECT], refreshTokens: true },
      ],
      accounts: ['anna', 'bent', 'carl', 'dora', 'erik'].map((login) => ({
        login,
        claims: { name: `${login} Chef`, roles: ['chefgruppen'] },
      })),
    });
  });
  afterAll(async () => provider?.stop());

  const confidential = () =>
    new OidcSignIn({
      issuer: provider.issuer,
      audience: 'ledelsesrum-api',
      clientId: 'web',
      clientSecret: provider.clientSecret('web'),
    });

  /** Signs `login` in at the provider and starts a session with the refresh token it gave. */
  async function signedIn(sessions: WebSessions, signIn: OidcSignIn, login: string): Promise<string> {
    const { url, secrets } = await signIn.start(REDIRECT);
    const back = await provider.signInWithoutBrowser(url, login);
    const { principal, name, refreshToken } = await signIn.finish(
      Object.fromEntries(back.searchParams),
      { ...secrets },
      REDIRECT,
    );
    expect(refreshToken).toEqual(expect.any(String));
    return sessions.issue(principal, name, refreshToken);
  }

  it('keeps the refresh token encrypted in the store, never as the provider gave it', async () => {
    const signIn = confidential();
    const sessions = sessionsOn({ roles: signIn });
    const { url, secrets } = await signIn.start(REDIRECT);
    const back = await provider.signInWithoutBrowser(url, 'anna');
    const { principal, refreshToken } = await signIn.finish(Object.fromEntries(back.searchParams), secrets, REDIRECT);
    await sessions.issue(principal, undefined, refreshToken);

    const sealed = rows()[0]!.refresh_token!;
    expect(sealed.length).toBeGreaterThan(28);
    expect(sealed.toString('latin1')).not.toContain(refreshToken!);
  });

  it('does not ask the provider again before SESSION_RECHECK_SECONDS have passed', async () => {
    const signIn = confidential();
    const sessions = sessionsOn({ roles: signIn, recheckSeconds: 3600 });
    const id = await signedIn(sessions, signIn, 'bent');

    await provider.setClaims('bent', { name: 'bent Chef', roles: ['auditor'] });

    await expect(sessions.verify(id)).resolves.toMatchObject({ roles: ['chefgruppen'] });
  });

  it('takes a role change at the provider once the re-check is due, in every process sharing the store', async () => {
    const signIn = confidential();
    const sessions = sessionsOn({ roles: signIn, recheckSeconds: 1 });
    const replica = another({ roles: signIn, recheckSeconds: 1 });
    const id = await signedIn(sessions, signIn, 'carl');

    await provider.setClaims('carl', { name: 'Carl Revisor', roles: ['auditor'] });

    await until(async () => (await sessions.verify(id)).roles.includes('auditor'), 'the new role');
    expect(await replica.verify(id)).toEqual({
      id: 'carl',
      roles: ['auditor'],
      name: 'Carl Revisor',
      csrf: expect.any(String),
    });
  });

  it('ends the session when the provider refuses the refresh token (the person was disabled)', async () => {
    const signIn = confidential();
    const sessions = sessionsOn({ roles: signIn, recheckSeconds: 1 });
    const id = await signedIn(sessions, signIn, 'dora');

    await provider.disable('dora');

    let ended: unknown;
    await until(async () => {
      ended = await sessions.verify(id).then(
        () => undefined,
        (error: unknown) => error,
      );
      return ended !== undefined;
    }, 'the session to end');
    expect(ended).toBeInstanceOf(SessionEndedError);
    expect(rows()).toHaveLength(0);
  });

  it('uses a rotating refresh token once however many requests come together, so the provider keeps the grant', async () => {
    const signIn = new OidcSignIn({ issuer: provider.issuer, audience: 'ledelsesrum-api', clientId: 'web-public' });
    const sessions = sessionsOn({ roles: signIn, recheckSeconds: 1 });
    const replica = another({ roles: signIn, recheckSeconds: 1 });
    const id = await signedIn(sessions, signIn, 'erik');
    const sealedAtSignIn = rows()[0]!.refresh_token!;

    // Each round: several requests in two processes at once, once the re-check is due.
    for (let round = 0; round < 3; round++) {
      const before = rows()[0]!.refresh_token!;
      await until(
        async () => {
          const seen = await Promise.all([sessions, replica, sessions, replica].map((each) => each.verify(id)));
          return seen.every((session) => session.id === 'erik') && !rows()[0]!.refresh_token!.equals(before);
        },
        `re-check ${round + 1}`,
      );
    }

    expect(rows()[0]!.refresh_token!.equals(sealedAtSignIn)).toBe(false);
    await expect(sessions.verify(id)).resolves.toMatchObject({ id: 'erik', roles: ['chefgruppen'] });
  });

  it('keeps the session when the provider does not answer: 503 for now, and the next request asks again', async () => {
    const nowhere = new OidcSignIn({
      issuer: `http://127.0.0.1:${await freePort()}`,
      audience: 'ledelsesrum-api',
      clientId: 'web',
      timeoutMs: 2_000,
    });
    // Signed in two minutes ago: the re-check is due.
    jest.useFakeTimers({ now: Date.now() - 120_000, doNotFake: ['nextTick', 'setImmediate'] });
    const sessions = sessionsOn({ roles: nowhere, recheckSeconds: 60 });
    const id = await sessions.issue({ id: 'p-1', roles: ['chefgruppen'] }, undefined, 'a-refresh-token');
    jest.useRealTimers();

    await expect(sessions.verify(id)).rejects.toThrow(IdentityProviderUnavailableError);
    await expect(sessions.verify(id)).rejects.toThrow(IdentityProviderUnavailableError);
    await expect(sessions.verify(id, { recheckRoles: false })).resolves.toMatchObject({ roles: ['chefgruppen'] });
  });
});
