import { IdentityProviderUnavailableError } from './token-verifier';

/**
 * The provider's discovery document (OpenID Connect Discovery 1.0), checked to name exactly the issuer it was fetched
 * for. Everything that goes wrong here is the provider's or the configuration's fault, never the caller's, hence
 * IdentityProviderUnavailableError throughout.
 */
async function fetchDiscoveryDocument(issuer: string, timeoutMs: number): Promise<Record<string, unknown>> {
  const url = discoveryUrl(issuer);
  let document: unknown;
  try {
    const response = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = await response.json();
  } catch (error) {
    throw new IdentityProviderUnavailableError(
      `Login-udbyderens discovery-dokument kunne ikke hentes / The sign-in provider's discovery document could not ` +
        `be fetched: ${url}: ${(error as Error).message}`,
    );
  }
  const fields = (typeof document === 'object' && document !== null ? document : {}) as Record<string, unknown>;
  // Discovery §4.3: the document must name exactly the issuer it was fetched for, or its keys vouch for someone else.
  if (fields['issuer'] !== issuer) {
    throw new IdentityProviderUnavailableError(
      `Udbyderen oplyser issuer ${JSON.stringify(fields['issuer'])}, men OIDC_ISSUER er ${JSON.stringify(issuer)} / ` +
        `The provider states issuer ${JSON.stringify(fields['issuer'])}, but OIDC_ISSUER is ${JSON.stringify(issuer)}`,
    );
  }
  return fields;
}

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
}

/** Where the provider's signing keys are, from its discovery document. */
export async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<URL> {
  const url = discoveryUrl(issuer);
  const fields = await fetchDiscoveryDocument(issuer, timeoutMs);
  const jwksUri = typeof fields['jwks_uri'] === 'string' ? parseUrl(fields['jwks_uri']) : undefined;
  if (!jwksUri) {
    throw new IdentityProviderUnavailableError(
      `Discovery-dokumentet har ingen gyldig jwks_uri / The discovery document has no valid jwks_uri: ${url}`,
    );
  }
  // Keys fetched in the clear could be swapped in transit; only this machine's loopback is exempt (tests, dev).
  if (jwksUri.protocol !== 'https:' && !(jwksUri.protocol === 'http:' && onLoopback(jwksUri))) {
    throw new IdentityProviderUnavailableError(`jwks_uri skal være https / must be https: ${jwksUri.href}`);
  }
  return jwksUri;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Whether a URL points at this machine, where plain http is allowed (tests, development). */
export function onLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}
