import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where the staff's Atom feed is served (by the web interface), outside /api. */
export const STAFF_FEED_PATH = '/feed/opsamlinger.atom';

/** The feed's address with `token`, as an intranet portal is given it. */
export function feedAddress(publicUrl: string, token: string): string {
  return new URL(`${STAFF_FEED_PATH}?token=${encodeURIComponent(token)}`, publicUrl).href;
}

/** 32 random bytes: as hard to guess as the session secret, short enough to paste into a portal's settings. */
const TOKEN_BYTES = 32;

/** A new feed token, URL-safe as it is, since it travels in the feed's address. */
export function newFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** What is stored of a token: its SHA-256 hash in hexadecimal. */
export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether `token` is the one whose hash is stored, compared in constant time. */
export function feedTokenMatches(token: string, storedHash: string | undefined): boolean {
  if (storedHash === undefined || token === '') return false;
  return timingSafeEqual(Buffer.from(feedTokenHash(token), 'hex'), Buffer.from(storedHash, 'hex'));
}
