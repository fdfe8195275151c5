/** What the body parsers pass on when a body is over their limit (body-parser's PayloadTooLargeError). */
interface BodyParserError {
  readonly type?: unknown;
  readonly limit?: unknown;
}

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * Answers a body over its route's limit (the organisation import's file, a JSON document) in the API's usual error
 * body, saying the limit, before anything reads it; the parser stops reading at the limit. Other errors, and the web
 * pages' own, pass on.
 */
export function bodyTooLarge(
  error: unknown,
  request: { originalUrl?: string },
  response: JsonResponse,
  next: (error: unknown) => void,
): void {
  const parsed = error as BodyParserError | undefined;
  const api = request.originalUrl === '/api' || request.originalUrl?.startsWith('/api/');
  if (parsed?.type !== 'entity.too.large' || typeof parsed.limit !== 'number' || !api) return next(error);
  const limit = megabytes(parsed.limit);
  response.status(413).json({
    statusCode: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: `Forespørgslen er for stor: højst ${limit} / The request is too large: at most ${limit}`,
    details: { limitBytes: parsed.limit },
  });
}

function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${Math.round(bytes / 1024)} KB`;
}
