import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_IMPORT_BYTES } from '@ledelsesrum/organisation-csv';
import { message } from '@ledelsesrum/messages';
import { html } from '../../common/html';
import { layout } from '../../common/layout';
import { pageContextOf, type WebRequest } from '../../common/page-context';
import { setPageHeaders, type PageResponse } from '../../common/page-headers';
import { say, type Text } from '../../common/text';
import { organisationPaths } from './paths';

/** The file field of the import form. */
export const IMPORT_FILE_FIELD = 'fil';
/**
 * The whole form: the file or the pasted text, plus room for the other fields and the multipart framing. A larger
 * form is refused here; a file or text over MAX_IMPORT_BYTES within it, at its field by the handler.
 */
const MAX_FORM_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

export interface UploadedFile {
  readonly name: string;
  readonly bytes: Buffer;
}

export type UploadRequest = IncomingMessage & { body?: unknown; uploadedFile?: UploadedFile };

/**
 * Reads the import form (multipart/form-data, the only way a browser sends a file) before WebSessionGuard runs: the
 * guard checks the form's CSRF token in `request.body`, and Nest's FileInterceptor would parse the body only after
 * the guard, which would then refuse every upload. So this parses it first — the fields into `body`, the file into
 * `uploadedFile` — for this one route only; the guard and the handler then treat it as any other form. The parts are
 * read with Node's own multipart reader (the Fetch API's `formData()`): multer, FileInterceptor's, comes only with
 * @nestjs/platform-express and has no types here.
 */
export function importUploadParser(
  request: UploadRequest,
  response: ServerResponse & PageResponse,
  next: (error?: unknown) => void,
): void {
  // Every request passes here: the cheap tests first, the URL parsed only for a multipart POST.
  const multipart = /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');
  if (request.method !== 'POST' || !multipart) return next();
  const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/\/$/, '');
  if (path !== organisationPaths.import) return next();
  readAtMost(request, MAX_FORM_BYTES)
    .then(async (bytes) => {
      if (bytes === undefined) return refuse(request, response, 413, TOO_LARGE);
      const headers = { 'content-type': request.headers['content-type']! };
      const form = await new Request('http://localhost/', { method: 'POST', headers, body: bytes })
        .formData()
        .catch(() => undefined);
      if (!form) return refuse(request, response, 400, MALFORMED);
      const body: Record<string, string> = {};
      for (const [name, value] of form) {
        if (typeof value === 'string') body[name] = value;
        else if (name === IMPORT_FILE_FIELD && value.size > 0) {
          request.uploadedFile = { name: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
        }
      }
      request.body = body;
      next();
    })
    .catch(next);
}

/** The body, or undefined when it is larger than `limit` (read to its end all the same, so the answer arrives). */
function readAtMost(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    request.on('error', reject);
  });
}

const TOO_LARGE: Text = message('web.chefgruppen.organisation.upload.too-large', {
  megabytes: MAX_IMPORT_BYTES / 1024 / 1024,
});
const MALFORMED: Text = message('web.chefgruppen.organisation.upload.malformed');

/** A refusal before anyone is signed in as far as this request knows: the page without the menu. */
function refuse(request: IncomingMessage, response: ServerResponse & PageResponse, status: number, text: Text): void {
  const context = pageContextOf(request as unknown as WebRequest);
  const body = html`<p class="alert alert-info notice" role="alert">${say(context.language, text)}</p>
    <p>
      <a href="${organisationPaths.import}"
        >${say(context.language, message('web.chefgruppen.organisation.upload.back-to-the-import'))}</a
      >
    </p>`;
  setPageHeaders(response);
  response.statusCode = status;
  response.end(layout(context, { title: message('web.chefgruppen.organisation.upload.not-imported'), body }).value);
}
