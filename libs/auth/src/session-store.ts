/**
 * One signed-in browser as the store keeps it. The cookie's id itself is never stored: a row is found by the id's
 * SHA-256, so whoever reads the store (or a backup of it) cannot use what they read as a cookie.
 */
export interface StoredSession {
  readonly personId: string;
  /** As the store holds them; the reader keeps only the names it knows (isRole). */
  readonly roles: readonly string[];
  /** The person's own name, for the page header. */
  readonly name: string | undefined;
  /** The token every form of this session must send back. */
  readonly csrf: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  /** A provider sign-in that can read the roles again; undefined for the development sign-in, or without a refresh token. */
  readonly recheck: SessionRecheck | undefined;
}

export interface SessionRecheck {
  /** The provider's refresh token, encrypted (see RefreshTokenSealer). */
  readonly sealedRefreshToken: Buffer;
  /** When the roles were last read from the provider (or the re-read was last claimed). */
  readonly checkedAt: Date;
}

/**
 * Where the web interface's sessions live: a SQLite file (one host) or PostgreSQL (replicas on several hosts, which
 * then share every session, and every sign-out). `key` is always the SHA-256 of the cookie's id.
 */
export interface SessionStore {
  add(key: Buffer, session: StoredSession): Promise<void>;
  /** The session, unless there is none or it has expired at `now`. */
  find(key: Buffer, now: Date): Promise<StoredSession | undefined>;
  /**
   * Takes the turn to read the roles again: moves `checkedAt` from `seen` to `now` and answers true, or answers false
   * when another request (in this process or another replica) moved it first and is reading them already. A provider
   * that rotates refresh tokens refuses the second use of one, so only one request may use it at a time.
   */
  claimRecheck(key: Buffer, seen: Date, now: Date): Promise<boolean>;
  /** Records what the provider said when the claimed re-read was done. */
  rechecked(key: Buffer, roles: readonly string[], name: string | undefined, recheck: SessionRecheck): Promise<void>;
  /** Gives a claim back (the provider did not answer): `checkedAt` goes from `claimedAt` back to `seen`. */
  releaseRecheck(key: Buffer, claimedAt: Date, seen: Date): Promise<void>;
  /** Ends the session; nothing happens when there is none. */
  remove(key: Buffer): Promise<void>;
  /** Deletes every session expired at `now`; answers how many. */
  removeExpired(now: Date): Promise<number>;
  /** Throws when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
