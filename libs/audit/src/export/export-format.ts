import { stringify } from 'csv-stringify/sync';
import type { RecordedEvent } from '@ledelsesrum/event-store';

/** The two formats an export can be written in. */
export type ExportFormat = 'jsonl' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv'];

/** The fields of every exported event, in this order: the JSON keys of a line, the columns of the CSV. */
export const EXPORT_FIELDS = [
  'position',
  'streamId',
  'revision',
  'id',
  'type',
  'recordedAt',
  'data',
  'metadata',
  'hash',
  'chainHash',
] as const;

/** One event as exported: as stored (personal data stays encrypted), with the hashes the store computed. */
export interface ExportRecord {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly id: string;
  readonly type: string;
  readonly recordedAt: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly hash: string;
  readonly chainHash: string;
}

export function toExportRecord(event: RecordedEvent): ExportRecord {
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    id: event.id,
    type: event.type,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
    hash: event.hash,
    chainHash: event.chainHash,
  };
}

/** JSON Lines: one JSON object per line, ending in `\n`. JSON escapes every line break inside a value. */
export function jsonlLine(record: ExportRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * The UTF-8 byte order mark. RFC 4180 does not need it, but Excel reads a CSV file without it in the machine's legacy
 * code page (Windows-1252 in Denmark) and garbles æ, ø and å; with it, Excel and every CSV library read UTF-8.
 */
export const CSV_BOM = '\uFEFF';
/**
 * RFC 4180: every record, the last one too, ends with CRLF; a field with a comma, a double quote, CR or LF is enclosed
 * in double quotes, its quotes doubled. csv-stringify quotes a line break inside a field only when it is the record
 * delimiter itself, so a lone LF or CR (a multi-line key point) is matched here.
 */
const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/** One CSV record. */
export function csvLine(cells: readonly string[]): string {
  return stringify([cells], CSV_OPTIONS);
}

/** The header row (without the BOM, which starts the file, not the header). */
function csvHeader(): string {
  return csvLine(EXPORT_FIELDS);
}

/** One record as a CSV row: numbers in decimal, `data` and `metadata` as JSON text. */
export function csvRow(record: ExportRecord): string {
  return csvLine(
    EXPORT_FIELDS.map((field) =>
      field === 'data' || field === 'metadata' ? (JSON.stringify(record[field]) ?? 'null') : String(record[field]),
    ),
  );
}

/** What goes before the first record, and how each record is written, per format. */
export function formatter(format: ExportFormat): { readonly preamble: string; row(record: ExportRecord): string } {
  return format === 'csv' ? { preamble: CSV_BOM + csvHeader(), row: csvRow } : { preamble: '', row: jsonlLine };
}
