/** A handler's answer that sends the browser on (303 See Other: after a form, the next request is a GET). */
export class Redirect {
  constructor(readonly location: string) {}
}

/** A path on this site to return to; anything else (another host, `//host`, a scheme) becomes `fallback`. */
export function localPath(candidate: unknown, fallback: string): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//')) return fallback;
  if (candidate.includes('\\') || /[\u0000-\u001f]/.test(candidate)) return fallback;
  return candidate;
}
