import type { CsvProblem } from '@ledelsesrum/organisation-csv';
import { HeldInMemory } from './held-in-memory';

/** A file the import refused: its text, to fix it in, and every problem by line. */
export interface RefusedImport {
  /** The web session that loaded it (its own token): the report is shown in that session only. */
  readonly session: string;
  readonly text: string;
  readonly problems: readonly CsvProblem[];
}

/** Long enough for the redirect and a reload while fixing the lines, short enough not to keep personal data. */
const LIFETIME_MS = 10 * 60 * 1000;
/** At most this many reports are held at once (each a file of up to 5 MB); the oldest goes first. */
const CAPACITY = 20;

/**
 * The reports of refused import files between the post and the page that shows them (Post/Redirect/Get): a report
 * holds the whole file and is too large for the form's cookie, so it stays in this process's memory, as a preview's
 * file does. One per process (web-ui.module.ts).
 */
export class RefusedImports extends HeldInMemory<RefusedImport> {
  constructor() {
    super(LIFETIME_MS, CAPACITY, (report) => report.session);
  }
}
