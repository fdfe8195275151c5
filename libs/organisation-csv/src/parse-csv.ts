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

export function parseCsv(text: string, separator: ';' | ',' = detectSeparator(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    fields.push(field);
    // A blank line is not a row: spreadsheets often end files with one.
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowStart, fields });
    fields = [];
    field = '';
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
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowStart = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) endRow();
  return rows;
}

/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, otherwise
 * Windows-1252, which is what Excel on Danish Windows writes for "CSV (semikolonsepareret)".
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
