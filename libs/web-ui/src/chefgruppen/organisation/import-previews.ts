import { HeldInMemory } from './held-in-memory';

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
 * The files of import previews, held in this process's memory until they are applied, cancelled or expire: the page
 * and its form carry only the reference, never the names and e-mails in the file. One per process (web-ui.module.ts).
 * See docs/decisions/import-preview-held-in-memory.md.
 */
export class ImportPreviews extends HeldInMemory<HeldImport> {
  constructor() {
    super(LIFETIME_MS, CAPACITY, (file) => file.personId);
  }
}
