import {
  authorizationCodeGrant,
  buildAuthorizationUrl,
  calculatePKCECodeChallenge,
  refreshTokenGrant,
  type Configuration,
  type IDToken,
  type TokenEndpointResponse,
  type TokenEndpointResponseHelpers,
} from 'openid-client';
import { discoverSignInClient } from './oidc-sign-in-configuration';
import { SignInMismatchError, SignInRefusedByProviderError } from './oidc-sign-in-errors';
import { SignInPrincipals } from './oidc-sign-in-principal';
import { signInFailure } from './oidc-sign-in-refusals';
import { newSignInSecrets, sameSecret, type SignInSecrets } from './oidc-sign-in-secrets';
import type { Principal } from './roles';
import { InvalidTokenError } from './token-verifier';

export interface OidcSignInOptions {
  readonly issuer: string;
  readonly clientId: string;
  /** Undefined: a public client (PKCE only). */
  readonly clientSecret?: string | undefined;
  /** Default `openid profile email`. */
  readonly scopes?: string;
  /** OIDC_AUDIENCE: an access token is read for roles only when the bearer-token verifier would accept it. */
  readonly audience: string;
  readonly rolesClaim?: string;
  readonly roleMap?: Iterable<readonly [string, string]>;
  readonly personIdClaim?: string;
  readonly clockToleranceSeconds?: number;
  /** Per request to the provider (default 5 s). */
  readonly timeoutMs?: number;
}

export interface SignInStart {
  /** Where to send the browser. */
  readonly url: string;
  /** To keep until the browser returns (in a signed, short-lived cookie), and hand to `finish`. */
  readonly secrets: SignInSecrets;
}

export interface SignedIn {
  readonly principal: Principal;
  /** The `name` claim, for the page header. */
  readonly name: string | undefined;
  /** Where the roles were read (or why nowhere), for the log when a person turns out to have none of ours. */
  readonly rolesFrom: string;
  /** Kept (sealed) with the session to read the roles again; undefined when the provider gave none. */
  readonly refreshToken: string | undefined;
}

/** The person as the provider reads them now, and the refresh token to use next time (rotated or the same). */
export interface Reread {
  readonly principal: Principal;
  readonly name: string | undefined;
  readonly refreshToken: string;
}

/**
 * Signs a person in to the web interface through the OpenID Connect provider (authorization code flow, PKCE S256),
 * with the same person id and role mapping as the bearer-token verifier: the ID token's roles claim when it has one;
 * when it has none (Keycloak, for one, puts realm roles in the access token only by default), the access token's,
 * if it is a JWT the bearer-token verifier accepts (signature, issuer, OIDC_AUDIENCE) for the same person. The
 * protocol (the authorization URL, redeeming the code, checking the ID token, refreshing) is openid-client's.
 */
export class OidcSignIn {
  private readonly principals: SignInPrincipals;
  private readonly timeoutMs: number;
  private readonly clockToleranceSeconds: number;
  private configuration: Promise<Configuration> | undefined;

  constructor(private readonly options: OidcSignInOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.clockToleranceSeconds = options.clockToleranceSeconds ?? 30;
    const { issuer, audience, rolesClaim, roleMap, personIdClaim } = options;
    this.principals = new SignInPrincipals({
      issuer,
      audience,
      ...(rolesClaim === undefined ? {} : { rolesClaim }),
      ...(roleMap === undefined ? {} : { roleMap }),
      ...(personIdClaim === undefined ? {} : { personIdClaim }),
      clockToleranceSeconds: this.clockToleranceSeconds,
      timeoutMs: this.timeoutMs,
    });
  }

  async start(redirectUri: string): Promise<SignInStart> {
    const configuration = await this.discover();
    const secrets = newSignInSecrets();
    const url = buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.options.scopes ?? 'openid profile email',
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, secrets };
  }

  /** `callback`: the query the provider sent the browser back with (a repeated parameter counts as missing). */
  async finish(
    callback: Readonly<Record<string, unknown>>,
    secrets: SignInSecrets,
    redirectUri: string,
  ): Promise<SignedIn> {
    const answer = new URL(redirectUri);
    for (const [name, value] of Object.entries(callback)) {
      if (typeof value === 'string') answer.searchParams.set(name, value);
    }
    const param = (name: string) => answer.searchParams.get(name) ?? undefined;
    const error = param('error');
    // Checked here as well as by openid-client, for the page to tell a forged or stale answer from a refusal, and
    // because an error answer may come without state (the spec asks for it, not every provider sends it).
    if ((error === undefined || param('state') !== undefined) && !sameSecret(param('state'), secrets.state)) {
      throw new SignInMismatchError('Svaret hører ikke til dette login (state) / The answer is not for this sign-in');
    }
    // RFC 9207: a provider that names itself must be ours, or another provider's answer is being passed off as its.
    if (param('iss') !== undefined && param('iss') !== this.options.issuer) {
      throw new SignInMismatchError(`Svaret kommer fra en anden udbyder / The answer is from another issuer`);
    }
    if (error !== undefined) throw new SignInRefusedByProviderError(error, param('error_description'));
    if (!param('code')) throw new InvalidTokenError('Svaret har ingen kode / The answer has no code');
    const configuration = await this.discover();
    let tokens: TokenEndpointResponse & TokenEndpointResponseHelpers;
    try {
      tokens = await authorizationCodeGrant(configuration, answer, {
        pkceCodeVerifier: secrets.codeVerifier,
        expectedState: secrets.state,
        expectedNonce: secrets.nonce,
        idTokenExpected: true,
      });
    } catch (failure) {
      throw signInFailure(failure, 'Koden blev ikke indløst / The code was not redeemed');
    }
    // idTokenExpected: an answer without an ID token was refused above.
    const claims = tokens.claims()!;
    return {
      ...(await this.principals.of(claims, tokens.access_token)),
      name: nameOf(claims),
      refreshToken: tokens.refresh_token,
    };
  }

  /**
   * Reads `personId`'s roles again with the refresh token kept since sign-in, exactly as at sign-in. InvalidTokenError
   * when the provider refuses (the person was disabled or signed out there) or its answer is not for this person;
   * IdentityProviderUnavailableError when it does not answer.
   */
  async reread(refreshToken: string, personId: string): Promise<Reread> {
    const configuration = await this.discover();
    let tokens: TokenEndpointResponse & TokenEndpointResponseHelpers;
    try {
      tokens = await refreshTokenGrant(configuration, refreshToken);
    } catch (failure) {
      throw signInFailure(failure, 'Refresh-tokenet blev afvist / The refresh token was refused');
    }
    const claims = tokens.claims();
    const principal = await this.principals.reread(claims, tokens.access_token, personId);
    return { principal, name: claims && nameOf(claims), refreshToken: tokens.refresh_token ?? refreshToken };
  }

  /** Discovery once; a failure is not remembered, so the next attempt tries again once the provider is back. */
  private discover(): Promise<Configuration> {
    if (!this.configuration) {
      const pending = discoverSignInClient({
        issuer: this.options.issuer,
        clientId: this.options.clientId,
        clientSecret: this.options.clientSecret,
        clockToleranceSeconds: this.clockToleranceSeconds,
        timeoutMs: this.timeoutMs,
      });
      this.configuration = pending;
      void pending.catch(() => {
        if (this.configuration === pending) this.configuration = undefined;
      });
    }
    return this.configuration;
  }
}

/** The `name` claim, for the page header. */
function nameOf(claims: IDToken): string | undefined {
  return typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim() : undefined;
}
