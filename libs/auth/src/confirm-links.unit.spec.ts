import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import {
  CONFIRM_LINK_AUDIENCE,
  CONFIRM_LINK_TYPE,
  ConfirmLinkError,
  ConfirmLinks,
  confirmLinkExpiry,
  confirmLinkKey,
  confirmLinkUrl,
  resolveConfirmLinkSecret,
} from './confirm-links';
import { resolveJwtSecret } from './jwt-secret';
import { JwtTokens } from './jwt-tokens';
import { RoutingTokenVerifier } from './routing-token-verifier';
import { InvalidTokenError } from './token-verifier';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const links = new ConfirmLinks(SECRET);
/** Whole seconds: `exp` has no milliseconds. */
const inAWeek = () => new Date(Math.floor(Date.now() / 1000 + 7 * 24 * 3600) * 1000);
const claims = () => ({ cycleId: 'cycle-1', personId: 'p-1', expiresAt: inAWeek() });

/** Changes one whole character in the middle of the signature (the last one carries unused bits). */
const tamperSignature = (token: string) => {
  const at = token.length - 10;
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
};

const refusedBecause = async (promise: Promise<unknown>, reason: 'expired' | 'invalid') => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfirmLinkError);
  expect((error as ConfirmLinkError).reason).toBe(reason);
};

describe('ConfirmLinks', () => {
  it('verifies what it signed: the cycle, the person and the expiry', async () => {
    const expected = claims();
    await expect(links.verify(await links.sign(expected))).resolves.toEqual(expected);
  });

  it('refuses an expired link as expired', async () => {
    const token = await links.sign({ ...claims(), expiresAt: new Date(Date.now() - 1000) });
    await refusedBecause(links.verify(token), 'expired');
  });

  it('refuses a tampered signature as invalid, also on an expired link', async () => {
    for (const expiresAt of [inAWeek(), new Date(Date.now() - 1000)]) {
      const token = await links.sign({ ...claims(), expiresAt });
      await refusedBecause(links.verify(tamperSignature(token)), 'invalid');
    }
  });

  it('refuses a link whose payload names another person', async () => {
    const [header, payload, signature] = (await links.sign(claims())).split('.');
    const body = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...body, sub: 'p-2' })).toString('base64url');
    await refusedBecause(links.verify(`${header}.${forged}.${signature}`), 'invalid');
  });

  it('refuses a link signed with another secret', async () => {
    const other = new ConfirmLinks('another-secret-of-at-least-thirty-two-chars');
    await refusedBecause(links.verify(await other.sign(claims())), 'invalid');
  });

  it.each(['', 'abc', 'a.b.c'])('refuses the unreadable token %j', async (token) => {
    await refusedBecause(links.verify(token), 'invalid');
  });

  it('refuses a development sign-in token made with the same secret', async () => {
    const signIn = await new JwtTokens(SECRET).issue('p-1', ['leader']);
    await refusedBecause(links.verify(signIn), 'invalid');
    // Even with the link key, a sign-in token's shape (no audience, no cycle, typ JWT) does not pass.
    const shaped = await new SignJWT({ roles: ['leader'], cycle: 'cycle-1' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('p-1')
      .setExpirationTime('1h')
      .sign(confirmLinkKey(SECRET));
    await refusedBecause(links.verify(shaped), 'invalid');
  });

  it('is refused as a sign-in token, by the key and by the audience', async () => {
    const signIn = new JwtTokens(SECRET);
    const link = await links.sign(claims());
    await expect(signIn.verify(link)).rejects.toBeInstanceOf(InvalidTokenError);
    await expect(new RoutingTokenVerifier({ devTokens: signIn }).verify(link)).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
    // A link-shaped token under the session key itself is still refused: it carries an audience.
    const shaped = await new SignJWT({ cycle: 'cycle-1', roles: ['leader'] })
      .setProtectedHeader({ alg: 'HS256', typ: CONFIRM_LINK_TYPE })
      .setSubject('p-1')
      .setAudience(CONFIRM_LINK_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    await expect(signIn.verify(shaped)).rejects.toThrow(
      new InvalidTokenError('Token med aud / Token with an audience'),
    );
  });

  it('derives a key that is not the secret', () => {
    expect(Buffer.from(confirmLinkKey(SECRET)).equals(Buffer.from(SECRET))).toBe(false);
    expect(confirmLinkKey(SECRET)).toHaveLength(32);
  });

  it('wants a secret of at least 32 characters', () => {
    expect(() => new ConfirmLinks('too-short')).toThrow('mindst 32 tegn');
  });
});

describe('confirmLinkUrl and confirmLinkExpiry', () => {
  it.each(['https://ledelsesrum.kommune.dk', 'https://ledelsesrum.kommune.dk/', 'https://ledelsesrum.kommune.dk//'])(
    'puts the token under /bekraeft/ of %s',
    (publicUrl) => {
      expect(confirmLinkUrl(publicUrl, 'aaa.bbb.ccc')).toBe('https://ledelsesrum.kommune.dk/bekraeft/aaa.bbb.ccc');
    },
  );

  it('keeps a path under which the system is published', () => {
    expect(confirmLinkUrl('https://kommune.dk/ledelsesrum/', 't')).toBe('https://kommune.dk/ledelsesrum/bekraeft/t');
  });

  it('counts the days from sending', () => {
    expect(confirmLinkExpiry(new Date('2027-05-21T10:00:00Z'), 60).toISOString()).toBe('2027-07-20T10:00:00.000Z');
  });
});

describe('resolveConfirmLinkSecret', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-links-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('takes CONFIRM_LINK_SECRET first', () => {
    expect(resolveConfirmLinkSecret({ confirmLinkSecret: 'L'.repeat(32), jwtSecret: SECRET, dataDir })).toBe(
      'L'.repeat(32),
    );
  });

  it('falls back to AUTH_JWT_SECRET, then to the data folder’s secret, as development tokens do', () => {
    expect(resolveConfirmLinkSecret({ confirmLinkSecret: undefined, jwtSecret: SECRET, dataDir })).toBe(SECRET);
    const generated = resolveConfirmLinkSecret({ confirmLinkSecret: undefined, jwtSecret: undefined, dataDir });
    expect(generated).toBe(resolveJwtSecret(undefined, dataDir));
    expect(generated.length).toBeGreaterThanOrEqual(32);
  });
});
