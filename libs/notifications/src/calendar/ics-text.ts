/** RFC 5545 content-line helpers: TEXT escaping, parameter quoting and 75-octet line folding. Pure. */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and any line break as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (e.g. CN): control characters and DQUOTE are not allowed at all (RFC 5545 §3.1), so they become
 * spaces/apostrophes; the value is quoted when it contains `:`, `;` or `,`.
 */
export function paramValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** A `mailto:` URI for an address, with anything that could break the line removed. */
export function mailto(email: string): string {
  return `mailto:${email.replace(/[\u0000-\u0020\u007f]/g, '')}`;
}

/** UTF-8 width of one code point. */
function octets(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line so that no physical line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    if (size + width > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** Joins content lines into an iCalendar stream: each folded, each ended by CRLF. */
export function toIcs(contentLines: readonly string[]): string {
  return contentLines.map((line) => foldLine(line) + CRLF).join('');
}
