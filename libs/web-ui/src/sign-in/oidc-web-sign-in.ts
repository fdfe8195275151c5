import type { Logger } from '@nestjs/common';
import { OidcSignIn, PendingSignIns, resolveSessionSecret } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';

/** Where the provider sends the browser back to; registered at the provider as the client's redirect URI. */
export const OIDC_CALLBACK_PATH = '/log-ind/oidc/callback';

/** Signing in to the web interface through the provider: the flow, the sealer of its cookie, the redirect URI. */
export interface OidcWebSignIn {
  readonly signIn: OidcSignIn;
  readonly pending: PendingSignIns;
  readonly redirectUri: string;
}

/**
 * The web sign-in through the provider when OIDC_ISSUER and OIDC_CLIENT_ID are both set, else undefined; either way
 * the log says so, and why, because a missing "Log ind" button is otherwise a mystery. The client secret is never
 * logged; whether there is one is.
 */
export function oidcWebSignIn(config: AppConfig, logger: Logger): OidcWebSignIn | undefined {
  const oidc = config.oidc;
  if (!oidc) return undefined;
  if (!oidc.webSignIn) {
    logger.warn(
      'OIDC_CLIENT_ID er ikke sat: web-grænsefladen tilbyder ikke login gennem login-udbyderen (API’et tager stadig ' +
        'udbyderens tokens) / OIDC_CLIENT_ID is not set: the web interface does not offer sign-in through the ' +
        'provider (the API still accepts its tokens)',
    );
    return undefined;
  }
  const { clientId, clientSecret, scopes } = oidc.webSignIn;
  const redirectUri = `${config.publicUrl}${OIDC_CALLBACK_PATH}`;
  const kind =
    clientSecret === undefined
      ? 'offentlig klient med PKCE / public client with PKCE'
      : 'fortrolig klient / confidential client';
  logger.log(
    `Web-login gennem login-udbyderen / Web sign-in through the provider: ${clientId} (${kind}), ` +
      `scopes "${scopes}", redirect URI ${redirectUri}`,
  );
  return {
    signIn: new OidcSignIn({ ...oidc, clientId, clientSecret, scopes }),
    // Its own key from the session secret (PendingSignIns derives it with HKDF), shared by every replica.
    pending: new PendingSignIns(resolveSessionSecret(config)),
    redirectUri,
  };
}
