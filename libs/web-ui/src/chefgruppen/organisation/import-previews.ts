import { randomBytes } from 'node:crypto';

/** A file shown as a preview, waiting for "apply" or "cancel". */
export interface HeldImport {
  /** Who loaded it: nobody else's session can apply or even see it. */
  readonly personId: string;
  readonly bytes: Buffer;
}

/** How long a preview waits for its decision: long enough to read it, short enough not to keep personal data. */
const LIFETIME_MS = 30 * 60 * 1000;
/** At most this many files are held at once (each up to 5 MB); the oldest goes first. */
const CAPACITY = 20;

/**
 * The files of import previews, held in this process's memory under a random reference until they are applied,
 * cancelled or expire: the page and its form carry only the reference, never the names and e-mails in the file, and
 * nothing personal is written to disk. One per process (web-ui.module.ts). See docs/decisions/import-preview-held-in-memory.md.
 */
export class ImportPreviews {
  private readonly held = new Map<string, HeldImport & { readonly expiresAt: number }>();

  /** Holds the file and answers its reference (128 random bits, URL-safe). */
  hold(file: HeldImport): string {
    this.forgetExpired();
    while (this.held.size >= CAPACITY) this.held.delete(this.held.keys().next().value as string);
    const reference = randomBytes(16).toString('base64url');
    this.held.set(reference, { ...file, expiresAt: Date.now() + LIFETIME_MS });
    return reference;
  }

  /** The file held under `reference` for this person, or undefined when there is none (any more). */
  find(reference: string, personId: string): HeldImport | undefined {
    this.forgetExpired();
    const found = this.held.get(reference);
    return found && found.personId === personId ? found : undefined;
  }

  forget(reference: string): void {
    this.held.delete(reference);
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [reference, file] of this.held) if (file.expiresAt <= now) this.held.delete(reference);
  }
}
