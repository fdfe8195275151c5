/**
 * How much of a spreadsheet the organisation import reads. A municipality's organisation is a few thousand rows of
 * short cells (a few hundred kilobytes); a file far beyond that is refused before it costs the API time.
 */
export interface CsvLimits {
  /** Rows besides the header (ORGANISATION_IMPORT_MAX_ROWS). */
  readonly maxRows: number;
  /** Characters in one cell: names and e-mail addresses are far shorter. */
  readonly maxCellChars: number;
}

export const DEFAULT_CSV_LIMITS: CsvLimits = { maxRows: 10_000, maxCellChars: 1_000 };

/** The largest file (or pasted text) the import takes, on every route that takes one. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
