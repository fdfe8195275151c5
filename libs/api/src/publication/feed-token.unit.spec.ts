import { createHash } from 'node:crypto';
import { feedAddress, feedTokenHash, feedTokenMatches, newFeedToken } from './feed-token';

describe('the staff feed token', () => {
  it('is 32 random bytes in base64url, a new one each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, newFeedToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is stored as its SHA-256 hash in hexadecimal', () => {
    expect(feedTokenHash('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });

  it('matches only the token whose hash is stored, and nothing when none is', () => {
    const token = newFeedToken();
    const stored = feedTokenHash(token);
    expect(feedTokenMatches(token, stored)).toBe(true);
    expect(feedTokenMatches(newFeedToken(), stored)).toBe(false);
    expect(feedTokenMatches('', stored)).toBe(false);
    expect(feedTokenMatches(token, undefined)).toBe(false);
  });

  it('travels in the feed’s address under PUBLIC_URL', () => {
    expect(feedAddress('https://ledelsesrum.kommune.dk/', 'a-b_c')).toBe(
      'https://ledelsesrum.kommune.dk/feed/opsamlinger.atom?token=a-b_c',
    );
  });
});
