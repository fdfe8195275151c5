/** A year: browsers that once reached the site over https keep to https, also when someone types http:// or strips it. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Sets Strict-Transport-Security on every answer (configureApp adds it only when PUBLIC_URL is https). */
export function strictTransportSecurity(
  _request: unknown,
  response: { setHeader(name: string, value: string): void },
  next: () => void,
): void {
  response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  next();
}
