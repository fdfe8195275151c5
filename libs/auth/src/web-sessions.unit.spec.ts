import { JwtTokens } from './jwt-tokens';
import { ConfirmLinks } from './confirm-links';
import { InvalidTokenError } from './token-verifier';
import { WebSessions } from './web-sessions';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('WebSessions', () => {
  const sessions = new WebSessions(SECRET);

  it('gives back the person, roles and name it was issued for, with a CSRF token of its own per session', async () => {
    const first = await sessions.verify(await sessions.issue({ id: 'p-1', roles: ['leader'] }, 'Bo Ærø'));
    const second = await sessions.verify(await sessions.issue({ id: 'p-1', roles: ['leader'] }));
    expect(first).toEqual({ id: 'p-1', roles: ['leader'], csrf: expect.any(String), name: 'Bo Ærø' });
    expect(first.csrf).toHaveLength(32);
    expect(second.csrf).not.toBe(first.csrf);
    expect(second).not.toHaveProperty('name');
  });

  it('refuses a development token and a confirmation link made with the same secret, and vice versa', async () => {
    const token = await new JwtTokens(SECRET).issue('p-1', ['chefgruppen']);
    const link = await new ConfirmLinks(SECRET).sign({
      cycleId: 'c-1',
      personId: 'p-1',
      expiresAt: new Date(Date.now() + 60_000),
    });
    await expect(sessions.verify(token)).rejects.toThrow(InvalidTokenError);
    await expect(sessions.verify(link)).rejects.toThrow(InvalidTokenError);
    const session = await sessions.issue({ id: 'p-1', roles: ['chefgruppen'] });
    await expect(new JwtTokens(SECRET).verify(session)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses an expired session and one signed with another secret', async () => {
    const expired = await new WebSessions(SECRET, '-1s').issue({ id: 'p-1', roles: ['leader'] });
    await expect(sessions.verify(expired)).rejects.toThrow(InvalidTokenError);
    const foreign = await new WebSessions('another-secret-of-at-least-32-characters').issue({ id: 'p', roles: [] });
    await expect(sessions.verify(foreign)).rejects.toThrow(InvalidTokenError);
  });

  it('refuses a secret shorter than 32 characters', () => {
    expect(() => new WebSessions('short')).toThrow(/32/);
  });
});
