/**
 * A download's Content-Disposition: `filename` in plain ASCII for clients that read only that (æ, ø and å spelt out
 * as Danes do without them), and `filename*` (RFC 5987) with the name as written, which every current browser uses.
 */
export function attachment(name: string): string {
  const ascii = name
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .replace(/ø/g, 'oe')
    .replace(/Ø/g, 'Oe')
    .replace(/å/g, 'aa')
    .replace(/Å/g, 'Aa')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** "opsamling-ledelse-af-psykisk-arbejdsmiljø-2027-03-11.pdf": what, the round's theme, its meeting date. */
export function pdfFileName(what: string, theme: string, meetingDate: string): string {
  const slug = theme
    .toLocaleLowerCase('da')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${what}-${slug}-${meetingDate}.pdf`;
}
