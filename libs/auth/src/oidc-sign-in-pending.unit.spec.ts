import { randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { PendingSignIns, type PendingSignIn } from './oidc-sign-in-pending';
import { newSignInSecrets } from './oidc-sign-in-secrets';
import { InvalidTokenError } from './token-verifier';

const SECRET = 'a-session-secret-of-at-least-32-characters';

describe('PendingSignIns: a sign-in attempt sealed into a short-lived cookie value', () => {
  const pending: PendingSignIn = { ...newSignInSecrets(), back: '/chefgruppen/cyklus/c-1' };
  const sealer = new PendingSignIns(SECRET);

  afterEach(() => jest.useRealTimers());

  it('opens what it sealed', async () => {
    expect(await sealer.open(await sealer.seal(pending))).toEqual(pending);
  });

  it('lasts ten minutes', async () => {
    const claims = decodeJwt(await sealer.seal(pending));

    expect(claims.exp! - claims.iat!).toBe(600);
  });

  it('refuses it after ten minutes (the person left the provider’s login page open)', async () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T09:00:00Z'), doNotFake: ['nextTick', 'setImmediate'] });
    const sealed = await sealer.seal(pending);
    jest.setSystemTime(new Date('2026-03-02T09:10:01Z'));

    await expect(sealer.open(sealed)).rejects.toThrow(new InvalidTokenError('ERR_JWT_EXPIRED'));
  });

  it('refuses a value whose contents were changed (another state, another way back)', async () => {
    const [header, , signature] = (await sealer.seal(pending)).split('.');
    const altered = Buffer.from(JSON.stringify({ ...pending, state: 'mine', back: '/revision' })).toString('base64url');

    await expect(sealer.open(`${header}.${altered}.${signature}`)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses a value sealed with another secret', async () => {
    const other = new PendingSignIns('another-secret-of-at-least-32-characters!');

    await expect(sealer.open(await other.seal(pending))).rejects.toThrow(InvalidTokenError);
  });

  it('refuses the value of a session cookie (a random id, nothing sealed)', async () => {
    await expect(sealer.open(randomBytes(32).toString('base64url'))).rejects.toThrow(InvalidTokenError);
  });

  it.each(['', 'garbage', 'a.b.c'])('refuses the unreadable value %j', async (value) => {
    await expect(sealer.open(value)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => new PendingSignIns('short')).toThrow(/mindst 32 tegn/);
  });
});
