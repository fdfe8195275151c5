/**
 * Nothing runs and nothing loads from elsewhere: the pages have no script at all, styles, fonts and images (Det Fælles
 * Designsystem's and ours, under /assets) come from this site only, forms post only here, no frame holds a page, and
 * no address leaks to another site. `same-origin` rather than `no-referrer`:
 * with no referrer at all, Chromium sends `Origin: null` on the pages' own forms, which the origin check must refuse.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Referrer-Policy': 'same-origin',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

export interface PageResponse {
  status(code: number): unknown;
  setHeader(name: string, value: string | string[]): unknown;
}

export function setPageHeaders(response: PageResponse): void {
  for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
}
