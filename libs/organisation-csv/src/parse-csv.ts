/**
 * A small RFC 4180 reader: quoted fields (with "" for a quote and line breaks inside), CRLF or LF, and the separator
 * Danish spreadsheet exports use (`;`) as well as `,`, chosen by whichever the header line contains.
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

export function parseCsv(
  text: string,
  separator: ';' | ',' = detectSeparator(text),
  limits: ParseLimits = { maxRows: Infinity, maxFieldChars: Infinity },
): ParsedCsv {
  const rows: CsvRow[] = [];
  let quoteOpenedAt = 0;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    fields.push(field);
    // A blank line, or one of separators only (Excel writes those for formatted empty rows), is not a row.
    if (fields.some((value) => value.trim() !== '')) rows.push({ line: rowStart, fields });
    fields = [];
    field = '';
  };
  // Checked as the text is read, so a huge field or a million rows cost no more than the first one too many.
  const overLimit = (): ParsedCsv['overLimit'] => {
    if (field.length > limits.maxFieldChars) return { line: rowStart, tooMany: 'characters', column: fields.length };
    if (rows.length > limits.maxRows) return { line: rows[rows.length - 1]!.line, tooMany: 'rows' };
    return undefined;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteOpenedAt = line;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowStart = line;
    } else field += char;
    const over = overLimit();
    if (over) return { rows, overLimit: over };
  }
  if (field !== '' || fields.length > 0) endRow();
  const over = overLimit();
  if (over) return { rows, overLimit: over };
  return quoted ? { rows, unclosedQuoteAt: quoteOpenedAt } : { rows };
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
