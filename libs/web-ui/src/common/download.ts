import type { PageResponse } from './page-headers';

/** A file the pages hand over for saving rather than showing. */
export interface Download {
  readonly contentType: string;
  /** A plain ASCII file name (no quotes): what the browser offers to save it as. */
  readonly filename: string;
  readonly body: string;
}

/**
 * Sends a file to be saved: never cached (it may hold personal data), never sniffed into something the browser runs,
 * and no address of it passed on to another site.
 */
export function sendDownload(response: PageResponse & { end(body: string): unknown }, download: Download): void {
  response.setHeader('Content-Type', download.contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${download.filename}"`);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.end(download.body);
}
