import type { SignInEndpoints } from './oidc-sign-in-endpoints';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';

/** The web interface as a client at the provider's token endpoint. */
export interface TokenClient {
  readonly endpoints: SignInEndpoints;
  readonly clientId: string;
  /** Undefined: a public client, which proves itself by the PKCE code verifier (or the refresh token) alone. */
  readonly clientSecret: string | undefined;
  readonly timeoutMs: number;
}

export interface CodeRedemption extends TokenClient {
  readonly code: string;
  /** Exactly the redirect_uri the authorization request named (RFC 6749 §4.1.3). */
  readonly redirectUri: string;
  readonly codeVerifier: string;
}

/** What the token endpoint answered for a code: always an ID token (we asked for `openid`), the rest if any. */
export interface RedeemedTokens {
  readonly idToken: string;
  readonly accessToken: string | undefined;
  /** Only when the provider hands one out (some only with the `offline_access` scope). */
  readonly refreshToken: string | undefined;
}

/** What the token endpoint answered for a refresh token: each part only if the provider sent it. */
export interface RefreshedTokens {
  readonly idToken: string | undefined;
  readonly accessToken: string | undefined;
  /** A new refresh token when the provider rotates them; undefined means the old one stays good. */
  readonly refreshToken: string | undefined;
}

/**
 * Exchanges the authorization code at the token endpoint (RFC 6749 §4.1.3 with PKCE's code_verifier). No answer or a
 * 5xx is the provider's fault (IdentityProviderUnavailableError); a refusal (invalid_grant: the code was used, expired,
 * or the verifier is wrong; invalid_client: the secret is wrong) is InvalidTokenError.
 */
export async function redeemCode(request: CodeRedemption): Promise<RedeemedTokens> {
  const answer = await tokenRequest(
    request,
    {
      grant_type: 'authorization_code',
      code: request.code,
      redirect_uri: request.redirectUri,
      code_verifier: request.codeVerifier,
    },
    'Koden blev ikke indløst / The code was not redeemed',
  );
  const idToken = text(answer, 'id_token');
  if (idToken === undefined) throw new InvalidTokenError('Svaret har intet ID-token / The answer has no ID token');
  return { idToken, accessToken: text(answer, 'access_token'), refreshToken: text(answer, 'refresh_token') };
}

/**
 * Asks for fresh tokens with a refresh token (RFC 6749 §6), to read the person's roles as the provider sees them now.
 * A refusal (invalid_grant: the person was disabled, signed out at the provider, or the token was revoked) is
 * InvalidTokenError; no answer or a 5xx is IdentityProviderUnavailableError, as for a code.
 */
export async function refreshTokens(client: TokenClient, refreshToken: string): Promise<RefreshedTokens> {
  const answer = await tokenRequest(
    client,
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    'Refresh-tokenet blev afvist / The refresh token was refused',
  );
  return {
    idToken: text(answer, 'id_token'),
    accessToken: text(answer, 'access_token'),
    refreshToken: text(answer, 'refresh_token'),
  };
}

/**
 * One request to the token endpoint. A confidential client authenticates as the provider allows: HTTP Basic if it can
 * (the spec's default), else the secret in the body.
 */
async function tokenRequest(
  client: TokenClient,
  grant: Readonly<Record<string, string>>,
  refusal: string,
): Promise<Record<string, unknown>> {
  const body = new URLSearchParams(grant);
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
  };
  const methods = client.endpoints.tokenAuthMethods;
  if (client.clientSecret === undefined) {
    body.set('client_id', client.clientId);
  } else if (methods.includes('client_secret_basic')) {
    // RFC 6749 §2.3.1: both parts form-encoded before Base64, which matters for secrets with symbols.
    const pair = `${formEncode(client.clientId)}:${formEncode(client.clientSecret)}`;
    headers['authorization'] = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else if (methods.includes('client_secret_post')) {
    body.set('client_id', client.clientId);
    body.set('client_secret', client.clientSecret);
  } else {
    throw new IdentityProviderUnavailableError(
      `Udbyderen tager hverken client_secret_basic eller client_secret_post / The provider accepts neither ` +
        `client_secret_basic nor client_secret_post (${methods.join(', ')})`,
    );
  }
  let response: Response;
  let answer: Record<string, unknown>;
  try {
    response = await fetch(client.endpoints.token, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(client.timeoutMs),
    });
    const parsed: unknown = await response.json().catch(() => ({}));
    answer = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new IdentityProviderUnavailableError(
      `Login-udbyderens token-endpoint svarer ikke / The sign-in provider's token endpoint does not answer: ` +
        `${client.endpoints.token.href}: ${(error as Error).message}`,
    );
  }
  if (response.status >= 500) {
    throw new IdentityProviderUnavailableError(
      `Login-udbyderens token-endpoint svarede HTTP ${response.status} / The token endpoint answered HTTP ${response.status}`,
    );
  }
  if (!response.ok) {
    // The OAuth error code and description; never the request, which holds the code or token and perhaps the secret.
    const reason = [answer['error'], answer['error_description']].filter((part) => typeof part === 'string').join(': ');
    throw new InvalidTokenError(`${refusal}: HTTP ${response.status} ${reason}`.trimEnd());
  }
  return answer;
}

function text(answer: Record<string, unknown>, name: string): string | undefined {
  const value = answer[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it (space as +). */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}
