import type { SignInEndpoints } from './oidc-sign-in-endpoints';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';

export interface CodeRedemption {
  readonly endpoints: SignInEndpoints;
  readonly clientId: string;
  /** Undefined: a public client, which proves itself by the PKCE code verifier alone. */
  readonly clientSecret: string | undefined;
  readonly code: string;
  /** Exactly the redirect_uri the authorization request named (RFC 6749 §4.1.3). */
  readonly redirectUri: string;
  readonly codeVerifier: string;
  readonly timeoutMs: number;
}

/** What the token endpoint answered: always an ID token (we asked for `openid`), and the access token if any. */
export interface RedeemedTokens {
  readonly idToken: string;
  readonly accessToken: string | undefined;
}

/**
 * Exchanges the authorization code at the token endpoint (RFC 6749 §4.1.3 with PKCE's code_verifier). A confidential
 * client authenticates as the provider allows: HTTP Basic if it can (the spec's default), else the secret in the
 * body. No answer or a 5xx is the provider's fault (IdentityProviderUnavailableError); a refusal (invalid_grant: the
 * code was used, expired, or the verifier is wrong; invalid_client: the secret is wrong) is InvalidTokenError.
 */
export async function redeemCode(request: CodeRedemption): Promise<RedeemedTokens> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
  };
  const methods = request.endpoints.tokenAuthMethods;
  if (request.clientSecret === undefined) {
    body.set('client_id', request.clientId);
  } else if (methods.includes('client_secret_basic')) {
    // RFC 6749 §2.3.1: both parts form-encoded before Base64, which matters for secrets with symbols.
    const pair = `${formEncode(request.clientId)}:${formEncode(request.clientSecret)}`;
    headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else if (methods.includes('client_secret_post')) {
    body.set('client_id', request.clientId);
    body.set('client_secret', request.clientSecret);
  } else {
    throw new IdentityProviderUnavailableError(
      `Udbyderen tager hverken client_secret_basic eller client_secret_post / The provider accepts neither ` +
        `client_secret_basic nor client_secret_post (${methods.join(', ')})`,
    );
  }
  let response: Response;
  let answer: Record<string, unknown>;
  try {
    response = await fetch(request.endpoints.token, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const parsed: unknown = await response.json().catch(() => ({}));
    answer = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new IdentityProviderUnavailableError(
      `Login-udbyderens token-endpoint svarer ikke / The sign-in provider's token endpoint does not answer: ` +
        `${request.endpoints.token.href}: ${(error as Error).message}`,
    );
  }
  if (response.status >= 500) {
    throw new IdentityProviderUnavailableError(
      `Login-udbyderens token-endpoint svarede HTTP ${response.status} / The token endpoint answered HTTP ${response.status}`,
    );
  }
  if (!response.ok) {
    // The OAuth error code and description; never the request, which holds the code and perhaps the secret.
    const reason = [answer['error'], answer['error_description']].filter((part) => typeof part === 'string').join(': ');
    throw new InvalidTokenError(
      `Koden blev ikke indløst / The code was not redeemed: HTTP ${response.status} ${reason}`.trimEnd(),
    );
  }
  const idToken = answer['id_token'];
  if (typeof idToken !== 'string' || idToken === '') {
    throw new InvalidTokenError('Svaret har intet ID-token / The answer has no ID token');
  }
  const accessToken = answer['access_token'];
  return { idToken, accessToken: typeof accessToken === 'string' && accessToken !== '' ? accessToken : undefined };
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it (space as +). */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}
