import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { NotificationSender, OutgoingMessage, SendResult } from '../notification.port';
import { idempotencyHash, messageIdFor } from '../message-id';
import { composeMessage, DEFAULT_FROM, toMailOptions } from './mail-options';
import { peopleHeader, peopleOf } from './outbox-people';

export interface OutboxSenderOptions {
  /** The folder the `.eml` files go to (e.g. `<DATA_DIR>/outbox`); created if missing. */
  readonly folder: string;
  /** The `From` of every message; defaults to {@link DEFAULT_FROM}. */
  readonly from?: string;
  /** The clock for file names; defaults to the system clock. */
  readonly now?: () => Date;
}

/** How many hex digits of the key's SHA-256 name a message's file; 64 bits keep accidental collisions out of reach. */
const HASH_SUFFIX_LENGTH = 16;
/** A temp file older than this was left by a crash; a younger one may be another process's write in progress. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/** The hidden claim of a key: a hard link to its message, made atomically by whichever process writes it first. */
function claimName(suffix: string): string {
  return `.${suffix}.sent`;
}

/**
 * The embedded notification adapter: every message becomes one RFC 5322 `.eml` file in a folder, named
 * `<ISO time, ':' as '-'>-<first 16 hex of sha256(key)>.eml`, which any mail client opens. A key that already has a
 * file is a duplicate and writes nothing. Files are written to a hidden temp file, flushed, and renamed into place, so
 * a crash never leaves half a message under an `.eml` name.
 *
 * The messages hold names, addresses and live confirmation links: the folder is its owner's alone (0700, each file
 * 0600), each file is marked with the ids of the people in it (see outbox-people.ts) so erasure can remove a person's
 * files, and files past the retention period are removed.
 *
 * Idempotency is exact within one process (sends of the same key are serialised) and across processes sharing the
 * folder (workers on one host): a message is claimed by hard-linking its finished temp file to the key's hidden claim
 * name, which fails for all but the first. The folder is listed once, when the sender first uses it; a claim whose
 * `.eml` a crash kept from being written becomes that `.eml` then, and temp files a crash left are removed.
 */
export class OutboxSender implements NotificationSender {
  private readonly folder: string;
  private readonly from: string;
  private readonly now: () => Date;
  /** The `.eml` file of every key hash in the folder, listed once and kept up to date by this sender's writes. */
  private files: Promise<Map<string, string>> | undefined;
  /** Writing files is mostly waiting for the disk: a few at once keep the round moving while one is flushed. */
  readonly concurrency = 8;
  /** Sends in progress by key hash, so two concurrent sends of one key write one file. */
  private readonly inFlight = new Map<string, Promise<SendResult>>();

  constructor(options: OutboxSenderOptions) {
    this.folder = options.folder;
    this.from = options.from ?? DEFAULT_FROM;
    this.now = options.now ?? (() => new Date());
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const suffix = idempotencyHash(message.idempotencyKey).slice(0, HASH_SUFFIX_LENGTH);
    const pending = this.inFlight.get(suffix);
    if (pending) {
      await pending.catch(() => undefined);
      return this.send(message);
    }
    const attempt = this.write(message, suffix);
    this.inFlight.set(suffix, attempt);
    try {
      return await attempt;
    } finally {
      this.inFlight.delete(suffix);
    }
  }

  /** Lists the folder now (creating it, and removing temp files a crash left), rather than at the first send. */
  async open(): Promise<void> {
    await this.index();
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Removes every file sent before `cutoff`; answers how many. */
  async removeSentBefore(cutoff: Date): Promise<number> {
    return this.removeWhere(async (path) => (await stat(path)).mtime < cutoff);
  }

  /** Removes every file that goes to or names one of `personIds` (their personal data was erased); answers how many. */
  async removeAbout(personIds: ReadonlySet<string>): Promise<number> {
    if (personIds.size === 0) return 0;
    return this.removeWhere(async (path) => (await peopleOf(path)).some((id) => personIds.has(id)));
  }

  /** The `.eml` file already written for a key, if any. */
  async fileFor(idempotencyKey: string): Promise<string | undefined> {
    const suffix = idempotencyHash(idempotencyKey).slice(0, HASH_SUFFIX_LENGTH);
    const name = (await this.index()).get(suffix);
    return name === undefined ? undefined : join(this.folder, name);
  }

  private async write(message: OutgoingMessage, suffix: string): Promise<SendResult> {
    const messageId = messageIdFor(message.idempotencyKey);
    const files = await this.index();
    if (files.has(suffix)) return { messageId, duplicate: true };
    const options = toMailOptions(message, this.from);
    const raw = await composeMessage({ ...options, headers: peopleHeader(message.personIds) });
    const name = `${this.now().toISOString().replace(/:/g, '-')}-${suffix}.eml`;
    const temp = join(this.folder, `.${suffix}-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(raw);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await link(temp, join(this.folder, claimName(suffix)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Another process sharing the folder wrote this key first.
        await rm(temp, { force: true });
        return { messageId, duplicate: true };
      }
      await rename(temp, join(this.folder, name));
      files.set(suffix, name);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return { messageId, duplicate: false };
  }

  private async removeWhere(remove: (path: string) => Promise<boolean>): Promise<number> {
    const files = await this.index();
    let removed = 0;
    for (const [suffix, name] of [...files]) {
      const path = join(this.folder, name);
      let gone = false;
      try {
        if (!(await remove(path))) continue;
        await rm(path, { force: true });
      } catch (error) {
        // Removed meanwhile (by hand, or by another sweep): not this sweep's to count.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        gone = true;
      }
      await rm(join(this.folder, claimName(suffix)), { force: true });
      files.delete(suffix);
      if (!gone) removed += 1;
    }
    return removed;
  }

  private index(): Promise<Map<string, string>> {
    this.files ??= this.listFolder();
    return this.files;
  }

  private async listFolder(): Promise<Map<string, string>> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    // Also a folder made before it was kept private.
    await chmod(this.folder, 0o700);
    const files = new Map<string, string>();
    const claims: string[] = [];
    for (const name of await readdir(this.folder)) {
      const path = join(this.folder, name);
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        if (Date.now() - (await stat(path)).mtimeMs > STALE_TEMP_MS) await rm(path, { force: true });
        continue;
      }
      const claimed = /^\.([0-9a-f]+)\.sent$/.exec(name)?.[1];
      if (claimed !== undefined) claims.push(claimed);
      const suffix = /-([0-9a-f]+)\.eml$/.exec(name)?.[1];
      if (suffix === undefined) continue;
      files.set(suffix, name);
      // Also a file written before the files were kept private.
      await chmod(path, 0o600);
    }
    for (const suffix of claims.filter((claimed) => !files.has(claimed))) {
      // Claimed, then a crash before the .eml got its name: the claim holds the whole message.
      const claim = join(this.folder, claimName(suffix));
      const name = `${(await stat(claim)).mtime.toISOString().replace(/:/g, '-')}-${suffix}.eml`;
      await link(claim, join(this.folder, name));
      files.set(suffix, name);
    }
    return files;
  }
}
