import { decodeJwt, type JWTPayload } from 'jose';
import { readClaim } from './claim-path';
import { OidcVerifier, type OidcVerifierOptions } from './oidc-verifier';
import { RoleMap } from './role-map';
import { rolesOfSignedIn, type Principal } from './roles';
import { InvalidTokenError } from './token-verifier';

export interface SignInPrincipal {
  readonly principal: Principal;
  /** Where the roles were read (or why nowhere), for the log when a person turns out to have none of ours. */
  readonly rolesFrom: string;
}

/**
 * Who signed in, read exactly as the bearer-token verifier reads a token (OIDC_PERSON_ID_CLAIM, OIDC_ROLES_CLAIM,
 * OIDC_ROLE_MAP): the person from the ID token; the roles from the ID token's roles claim when it has one, else from
 * the access token when that is a JWT the bearer-token verifier itself accepts (signature, issuer, OIDC_AUDIENCE)
 * for the same person. Keycloak, for one, puts realm roles in the access token only unless told otherwise.
 */
export class SignInPrincipals {
  private readonly roleMap: RoleMap;
  private readonly rolesClaim: string;
  private readonly personIdClaim: string;
  private readonly accessTokens: OidcVerifier;

  constructor(options: OidcVerifierOptions) {
    this.roleMap = new RoleMap(options.roleMap ?? []);
    this.rolesClaim = options.rolesClaim ?? 'roles';
    this.personIdClaim = options.personIdClaim ?? 'sub';
    this.accessTokens = new OidcVerifier(options);
  }

  /**
   * `idToken`: the verified ID token's claims; `accessToken`: as the token endpoint gave it, not yet checked. A person
   * with none of our other roles is an employee (rolesOfSignedIn).
   */
  async of(idToken: JWTPayload, accessToken: string | undefined): Promise<SignInPrincipal> {
    const id = this.personId(idToken);
    const claim = readClaim(idToken, this.rolesClaim);
    if (claim !== undefined) {
      return { principal: { id, roles: rolesOfSignedIn(this.roleMap.rolesOf(claim)) }, rolesFrom: 'id token' };
    }
    const fromAccessToken = await this.accessTokenPrincipal(accessToken, id);
    return typeof fromAccessToken === 'string'
      ? {
          principal: { id, roles: rolesOfSignedIn([]) },
          rolesFrom: `nowhere: no ${this.rolesClaim} claim in the ID token, and ${fromAccessToken}`,
        }
      : { principal: { id, roles: rolesOfSignedIn(fromAccessToken.roles) }, rolesFrom: 'access token' };
  }

  /**
   * The person's roles after a refresh, read as at sign-in: from the new ID token when the provider sent one, else from
   * the access token alone. Either must be for `personId`, the session's person; InvalidTokenError otherwise, or when
   * neither token says anything we can trust.
   */
  async reread(idToken: JWTPayload | undefined, accessToken: string | undefined, personId: string): Promise<Principal> {
    const principal =
      idToken === undefined
        ? await this.accessTokenPrincipal(accessToken, personId)
        : (await this.of(idToken, accessToken)).principal;
    if (typeof principal === 'string') {
      throw new InvalidTokenError(
        `Ingen roller efter fornyelse / No roles after the refresh: no ID token, and ${principal}`,
      );
    }
    if (principal.id !== personId) {
      throw new InvalidTokenError('Fornyelsen gælder en anden person / The refresh is for another person');
    }
    return { id: principal.id, roles: rolesOfSignedIn(principal.roles) };
  }

  /** The access token's principal if the bearer-token verifier accepts it; else why not. */
  private async accessTokenPrincipal(token: string | undefined, id: string): Promise<Principal | string> {
    if (token === undefined) return 'no access token';
    try {
      decodeJwt(token);
    } catch {
      return 'the access token is not a JWT';
    }
    let principal: Principal;
    try {
      principal = await this.accessTokens.verify(token);
    } catch (error) {
      // An access token for another API (Entra ID's for Microsoft Graph, say) vouches for nothing here.
      if (error instanceof InvalidTokenError) return `the access token was refused: ${error.message}`;
      throw error;
    }
    if (principal.id !== id) {
      throw new InvalidTokenError('Access- og ID-token gælder forskellige personer / are for different people');
    }
    return principal;
  }

  /** As the bearer-token verifier reads it: a non-empty string, or a whole number (employee numbers). */
  private personId(claims: JWTPayload): string {
    const value = readClaim(claims, this.personIdClaim);
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new InvalidTokenError(
      `ID-tokenet mangler person-id i ${this.personIdClaim} / The ID token has no person id in ${this.personIdClaim}`,
    );
  }
}
