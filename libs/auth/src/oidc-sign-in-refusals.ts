import {
  AuthorizationResponseError,
  ClientError,
  ResponseBodyError,
  WWWAuthenticateChallengeError,
} from 'openid-client';
import { SignInRefusedByProviderError } from './oidc-sign-in-errors';
import { IdentityProviderUnavailableError, InvalidTokenError } from './token-verifier';

/**
 * What openid-client reports, in the two kinds the pages tell apart. No answer, a timeout or a 5xx is the provider's
 * fault (IdentityProviderUnavailableError); a refusal at the token endpoint (invalid_grant: the code was used or has
 * expired, the verifier is wrong, the person was disabled; invalid_client: the secret is wrong) or a token that fails
 * its checks is InvalidTokenError. `refusal` says what was refused; only the OAuth error code and description are
 * added, never the request, which holds the code or token and perhaps the secret.
 */
export function signInFailure(error: unknown, refusal: string): Error {
  if (error instanceof InvalidTokenError || error instanceof IdentityProviderUnavailableError) return error;
  if (error instanceof AuthorizationResponseError) {
    return new SignInRefusedByProviderError(error.error, error.error_description);
  }
  if (error instanceof ResponseBodyError) {
    return refused(error.status, refusal, [error.error, error.error_description]);
  }
  if (error instanceof WWWAuthenticateChallengeError) {
    const parameters = error.cause[0]?.parameters;
    return refused(error.status, refusal, [parameters?.error, parameters?.error_description]);
  }
  // fetch itself failed: refused connection, DNS, TLS.
  if (error instanceof TypeError) return unavailable(error);
  if (!(error instanceof ClientError)) return error instanceof Error ? error : new Error(String(error));
  switch (error.code) {
    case 'OAUTH_TIMEOUT':
    case 'OAUTH_ABORT':
      return unavailable(error);
    case 'OAUTH_RESPONSE_IS_NOT_CONFORM':
    case 'OAUTH_RESPONSE_IS_NOT_JSON':
      return error.cause instanceof Response ? refused(error.cause.status, refusal, []) : unavailable(error);
  }
  const claim = (error.cause as { cause?: { claim?: unknown } } | undefined)?.cause?.claim;
  if (claim === 'nonce')
    return new InvalidTokenError('ID-tokenets nonce passer ikke / The ID token’s nonce does not match');
  const detail = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new InvalidTokenError(`ID-token: ${error.code ?? 'OAUTH'}: ${error.message}${detail}`);
}

function refused(status: number, refusal: string, reason: readonly unknown[]): Error {
  if (status >= 500) {
    return new IdentityProviderUnavailableError(
      `Login-udbyderens token-endpoint svarede HTTP ${status} / The token endpoint answered HTTP ${status}`,
    );
  }
  const text = reason.filter((part) => typeof part === 'string').join(': ');
  return new InvalidTokenError(`${refusal}: HTTP ${status} ${text}`.trimEnd());
}

function unavailable(error: Error): IdentityProviderUnavailableError {
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new IdentityProviderUnavailableError(
    `Login-udbyderen svarer ikke / The sign-in provider does not answer: ${error.message}${cause}`,
  );
}
