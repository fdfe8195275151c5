import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

/** The audience and type every workplace link carries: neither a sign-in token nor a confirmation link passes. */
export const WORKPLACE_LINK_AUDIENCE = 'ledelsesrum:workplace';
export const WORKPLACE_LINK_TYPE = 'workplace-link+jwt';
const HKDF_INFO = 'ledelsesrum workplace links';

/** What a workplace link opens: one round's page for one leader's workplace. It names no member of the staff. */
export interface WorkplaceLinkClaims {
  readonly cycleId: string;
  readonly leaderId: string;
}

/**
 * Signs and verifies the link in a leader's message to their staff (HS256), from the same secret as the confirmation
 * links but with a key of its own (HKDF with another `info`), so neither kind of link opens the other's page. Staff
 * forward it and pin it up, so it does not expire; erasing the leader or the round's end does not undo what was read.
 */
export class WorkplaceLinks {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) {
      throw new Error(
        'Hemmeligheden til links skal være mindst 32 tegn / The link secret must be at least 32 characters',
      );
    }
    this.key = new Uint8Array(hkdfSync('sha256', secret, '', HKDF_INFO, 32));
  }

  /** An HMAC of `text` with the link key, base64url: for the browser's answered mark. */
  mac(text: string): string {
    return createHmac('sha256', this.key).update(text).digest('base64url');
  }

  async sign({ cycleId, leaderId }: WorkplaceLinkClaims): Promise<string> {
    if (!cycleId || !leaderId) throw new Error('cycleId og leaderId skal angives / are required');
    return new SignJWT({ cycle: cycleId })
      .setProtectedHeader({ alg: 'HS256', typ: WORKPLACE_LINK_TYPE })
      .setSubject(leaderId)
      .setAudience(WORKPLACE_LINK_AUDIENCE)
      .setIssuedAt()
      .sign(this.key);
  }

  /** The link's round and workplace, or undefined for a link this site did not sign for a workplace. */
  async verify(token: string): Promise<WorkplaceLinkClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        audience: WORKPLACE_LINK_AUDIENCE,
        typ: WORKPLACE_LINK_TYPE,
        requiredClaims: ['sub', 'cycle'],
      });
      const cycleId = payload['cycle'];
      if (typeof cycleId !== 'string' || cycleId === '' || !payload.sub) return undefined;
      return { cycleId, leaderId: payload.sub };
    } catch {
      return undefined;
    }
  }
}

/**
 * A browser's record of the rounds it answered on workplace pages (`c-1.c-2~<mac>`), kept in a cookie. Signed with the
 * link key, so a page cannot be fed a made-up list; it holds round ids only, nothing about the person.
 */
export function answeredMark(links: WorkplaceLinks, cycleIds: readonly string[]): string {
  const list = cycleIds.join('.');
  return `${list}~${links.mac(list)}`;
}

/** The rounds a browser's mark says it answered; none for a missing or tampered mark. */
export function answeredRounds(links: WorkplaceLinks, mark: string | undefined): string[] {
  const [list, mac, ...rest] = (mark ?? '').split('~');
  if (list === undefined || mac === undefined || rest.length > 0 || list === '') return [];
  const expected = Buffer.from(links.mac(list));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? list.split('.') : [];
}

/** The address in the staff's message: `<publicUrl>/arbejdsplads/<token>`. */
export function workplaceLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/arbejdsplads/${encodeURIComponent(token)}`;
}
