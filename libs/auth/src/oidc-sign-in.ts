import type { JWTPayload } from 'jose';
import { discoverSignInEndpoints, type SignInEndpoints } from './oidc-sign-in-endpoints';
import { SignInMismatchError, SignInRefusedByProviderError } from './oidc-sign-in-errors';
import { IdTokenVerifier } from './oidc-sign-in-id-token';
import { SignInPrincipals } from './oidc-sign-in-principal';
import { codeChallenge, newSignInSecrets, sameSecret, type SignInSecrets } from './oidc-sign-in-secrets';
import { redeemCode, refreshTokens, type TokenClient } from './oidc-sign-in-token-request';
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
 * if it is a JWT the bearer-token verifier accepts (signature, issuer, OIDC_AUDIENCE) for the same person.
 */
export class OidcSignIn {
  private readonly idTokens: IdTokenVerifier;
  private readonly principals: SignInPrincipals;
  private readonly timeoutMs: number;
  private endpoints: Promise<SignInEndpoints> | undefined;

  constructor(private readonly options: OidcSignInOptions) {
    this.timeoutMs = options.timeoutMs ?? 5_000;
    const clockToleranceSeconds = options.clockToleranceSeconds ?? 30;
    const { issuer, clientId, audience, rolesClaim, roleMap, personIdClaim } = options;
    this.idTokens = new IdTokenVerifier({ issuer, clientId, clockToleranceSeconds, timeoutMs: this.timeoutMs });
    this.principals = new SignInPrincipals({
      issuer,
      audience,
      ...(rolesClaim === undefined ? {} : { rolesClaim }),
      ...(roleMap === undefined ? {} : { roleMap }),
      ...(personIdClaim === undefined ? {} : { personIdClaim }),
      clockToleranceSeconds,
      timeoutMs: this.timeoutMs,
    });
  }

  async start(redirectUri: string): Promise<SignInStart> {
    const { authorization } = await this.discover();
    const secrets = newSignInSecrets();
    const url = new URL(authorization);
    // set(), not a new query: a provider's endpoint may carry parameters of its own (a tenant, a policy).
    for (const [name, value] of Object.entries({
      response_type: 'code',
      client_id: this.options.clientId,
      redirect_uri: redirectUri,
      scope: this.options.scopes ?? 'openid profile email',
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: codeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    })) {
      url.searchParams.set(name, value);
    }
    return { url: url.href, secrets };
  }

  /** `callback`: the query the provider sent the browser back with (a repeated parameter counts as missing). */
  async finish(
    callback: Readonly<Record<string, unknown>>,
    secrets: SignInSecrets,
    redirectUri: string,
  ): Promise<SignedIn> {
    const param = (name: string) => (typeof callback[name] === 'string' ? callback[name] : undefined);
    const error = param('error');
    // An error answer may come without state (the spec asks for it, not every provider sends it); a code may not.
    if ((error === undefined || param('state') !== undefined) && !sameSecret(param('state'), secrets.state)) {
      throw new SignInMismatchError('Svaret hører ikke til dette login (state) / The answer is not for this sign-in');
    }
    // RFC 9207: a provider that names itself must be ours, or another provider's answer is being passed off as its.
    if (param('iss') !== undefined && param('iss') !== this.options.issuer) {
      throw new SignInMismatchError(`Svaret kommer fra en anden udbyder / The answer is from another issuer`);
    }
    if (error !== undefined) throw new SignInRefusedByProviderError(error, param('error_description'));
    const code = param('code');
    if (!code) throw new InvalidTokenError('Svaret har ingen kode / The answer has no code');
    const tokens = await redeemCode({
      ...(await this.client()),
      code,
      redirectUri,
      codeVerifier: secrets.codeVerifier,
    });
    const claims = await this.idTokens.verify(tokens.idToken, secrets.nonce);
    return {
      ...(await this.principals.of(claims, tokens.accessToken)),
      name: nameOf(claims),
      refreshToken: tokens.refreshToken,
    };
  }

  /**
   * Reads `personId`'s roles again with the refresh token kept since sign-in, exactly as at sign-in. InvalidTokenError
   * when the provider refuses (the person was disabled or signed out there) or its answer is not for this person;
   * IdentityProviderUnavailableError when it does not answer.
   */
  async reread(refreshToken: string, personId: string): Promise<Reread> {
    const tokens = await refreshTokens(await this.client(), refreshToken);
    const claims = tokens.idToken === undefined ? undefined : await this.idTokens.verifyRefreshed(tokens.idToken);
    const principal = await this.principals.reread(claims, tokens.accessToken, personId);
    return { principal, name: claims && nameOf(claims), refreshToken: tokens.refreshToken ?? refreshToken };
  }

  private async client(): Promise<TokenClient> {
    return {
      endpoints: await this.discover(),
      clientId: this.options.clientId,
      clientSecret: this.options.clientSecret,
      timeoutMs: this.timeoutMs,
    };
  }

  /** Discovery once; a failure is not remembered, so the next attempt tries again once the provider is back. */
  private discover(): Promise<SignInEndpoints> {
    if (!this.endpoints) {
      const pending = discoverSignInEndpoints(this.options.issuer, this.timeoutMs);
      this.endpoints = pending;
      void pending.catch(() => {
        if (this.endpoints === pending) this.endpoints = undefined;
      });
    }
    return this.endpoints;
  }
}

/** The `name` claim, for the page header. */
function nameOf(claims: JWTPayload): string | undefined {
  return typeof claims['name'] === 'string' && claims['name'].trim() ? claims['name'].trim() : undefined;
}
