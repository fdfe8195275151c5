import { CsvError, parse, type CastingContext } from 'csv-parse/sync';

/**
 * Reads CSV as spreadsheets write it (csv-parse): quoted fields (with "" for a quote and line breaks inside), CRLF or
 * LF, and the separator Danish spreadsheet exports use (`;`) as well as `,`, chosen by whichever the header line has.
 */
export interface CsvRow {
  /** 1-based line number in the file where the row starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export function detectSeparator(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header.split(';').length >= header.split(',').length ? ';' : ',';
}

export interface ParsedCsv {
  readonly rows: CsvRow[];
  /** The line where a quoted field opened that the file never closes: everything after it would be swallowed. */
  readonly unclosedQuoteAt?: number;
  /** Where the text went past a limit: reading stopped there, so `rows` is only the beginning of the file. */
  readonly overLimit?: { readonly line: number; readonly tooMany: 'rows' | 'characters'; readonly column?: number };
}

/** Stops reading at the first row beyond `maxRows` or the first field longer than `maxFieldChars`. */
export interface ParseLimits {
  readonly maxRows: number;
  readonly maxFieldChars: number;
}

/** A field past `maxFieldChars`, thrown from inside the parser so that reading stops at that row. */
class FieldTooLong extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super('field too long');
  }
}

export function parseCsv(
  text: string,
  separator: ';' | ',' = detectSeparator(text),
  limits: ParseLimits = { maxRows: Infinity, maxFieldChars: Infinity },
): ParsedCsv {
  const rows: CsvRow[] = [];
  try {
    parse(text, {
      delimiter: separator,
      bom: true,
      // A quote inside an unquoted field is a character, as spreadsheets read it.
      relax_quotes: true,
      // A row with too many fields is the organisation reader's to report, with its line.
      relax_column_count: true,
      // A blank line, or one of separators only (Excel writes those for formatted empty rows), is not a row.
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      raw: true,
      // One row past the limit is read, to say where the file went past it; nothing after it.
      ...(Number.isFinite(limits.maxRows) ? { to: limits.maxRows + 1 } : {}),
      // With `raw`, each record comes with its text, to number it by the line it starts on.
      on_record: (read: unknown, context: CastingContext) => {
        const { record, raw } = read as { record: string[]; raw: string };
        const line = startLine(raw, context.lines);
        const column = record.findIndex((field) => field.length > limits.maxFieldChars);
        if (column >= 0) throw new FieldTooLong(line, column);
        rows.push({ line, fields: record });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof FieldTooLong) {
      return { rows, overLimit: { line: error.line, tooMany: 'characters', column: error.column } };
    }
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      return { rows, unclosedQuoteAt: startLine(String(error['raw'] ?? ''), Number(error['lines'])) };
    }
    throw error;
  }
  if (rows.length > limits.maxRows) return { rows, overLimit: { line: rows[rows.length - 1]!.line, tooMany: 'rows' } };
  return { rows };
}

/**
 * The line a row starts on. The parser counts lines up to the row's last character; its raw text also holds the
 * blank lines skipped before it and the line break that ends it, neither of which is part of the row.
 */
function startLine(raw: string, lastLine: number): number {
  const row = raw.replace(/^(?:[;, \t]*(?:\r\n|\r|\n))+/, '').replace(/(?:\r\n|\r|\n)$/, '');
  return lastLine - (row.match(/\r\n|\r|\n/g)?.length ?? 0);
}

/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, otherwise
 * Windows-1252, which is what Excel on Danish Windows writes for "CSV (semikolonsepareret)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 by hand: Node's decoder maps 0x80-0x9F to control characters (nodejs/node#56542), which would turn
 * O’Brien's apostrophe, dashes and € into invisible characters. Below 0x80 and from 0xA0 it is Latin-1.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}
