import { discoveryUrl, fetchDiscoveryDocument } from './oidc-discovery';
import { IdentityProviderUnavailableError } from './token-verifier';

/** Where the browser signs in, where the code is redeemed, and how the provider lets a client authenticate there. */
export interface SignInEndpoints {
  readonly authorization: URL;
  readonly token: URL;
  /** `token_endpoint_auth_methods_supported`; Discovery §3 says `client_secret_basic` when the provider omits it. */
  readonly tokenAuthMethods: readonly string[];
}

/**
 * Reads the endpoints of the authorization code flow from the provider's discovery document (the same fetch and
 * issuer check as the bearer-token verifier's discoverJwksUri).
 * Every failure is the provider's or the configuration's, hence IdentityProviderUnavailableError.
 */
export async function discoverSignInEndpoints(issuer: string, timeoutMs: number): Promise<SignInEndpoints> {
  const url = discoveryUrl(issuer);
  const fields = await fetchDiscoveryDocument(issuer, timeoutMs);
  // A provider that says which PKCE methods it knows must know S256; one that says nothing (Entra ID) still does.
  const challenges = fields['code_challenge_methods_supported'];
  if (Array.isArray(challenges) && !challenges.includes('S256')) {
    throw unavailable(`Udbyderen understøtter ikke PKCE S256 / The provider does not support PKCE S256: ${url}`);
  }
  const methods = fields['token_endpoint_auth_methods_supported'];
  return {
    authorization: endpoint(fields, 'authorization_endpoint', url),
    token: endpoint(fields, 'token_endpoint', url),
    tokenAuthMethods: Array.isArray(methods) ? methods.filter((m) => typeof m === 'string') : ['client_secret_basic'],
  };
}

/** The code and the client secret travel to the token endpoint: https only, except on this machine (tests, dev). */
function endpoint(fields: Record<string, unknown>, name: string, url: string): URL {
  let value: URL | undefined;
  try {
    value = typeof fields[name] === 'string' ? new URL(fields[name]) : undefined;
  } catch {
    value = undefined;
  }
  if (!value)
    throw unavailable(
      `Discovery-dokumentet har ingen gyldig ${name} / The discovery document has no valid ${name}: ${url}`,
    );
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(value.hostname);
  if (value.protocol !== 'https:' && !(value.protocol === 'http:' && loopback)) {
    throw unavailable(`${name} skal være https / must be https: ${value.href}`);
  }
  return value;
}

function unavailable(message: string): IdentityProviderUnavailableError {
  return new IdentityProviderUnavailableError(message);
}
