import { decodeProtectedHeader } from 'jose';
import type { Principal } from './roles';
import { InvalidTokenError, type TokenVerifier } from './token-verifier';

export interface RoutingTokenVerifierOptions {
  /** Verifies HS256 development tokens; absent when AUTH_DEV_TOKENS is false. */
  readonly devTokens?: TokenVerifier | undefined;
  /** Verifies RS256/ES256 tokens from the OpenID provider; absent when OIDC_ISSUER is unset. */
  readonly oidc?: TokenVerifier | undefined;
}

/**
 * Sends each token to the one verifier that may accept its `alg`, and refuses every other `alg` (`none`, HS384,
 * PS256, encrypted tokens …). Each verifier also pins its own algorithms, so an HS256 token "signed" with the
 * provider's public key (HS/RS confusion) reaches only the development verifier, which knows nothing but its secret.
 */
export class RoutingTokenVerifier implements TokenVerifier {
  constructor(private readonly verifiers: RoutingTokenVerifierOptions) {}

  async verify(token: string): Promise<Principal> {
    const alg = algorithmOf(token);
    switch (alg) {
      case 'HS256':
        if (!this.verifiers.devTokens) {
          throw new InvalidTokenError('Udviklings-tokens er slået fra / Development tokens are disabled');
        }
        return this.verifiers.devTokens.verify(token);
      case 'RS256':
      case 'ES256':
        if (!this.verifiers.oidc) {
          throw new InvalidTokenError('Ingen login-udbyder er sat op / No sign-in provider is configured');
        }
        return this.verifiers.oidc.verify(token);
      default:
        throw new InvalidTokenError(
          `Algoritmen ${String(alg)} accepteres ikke / Algorithm ${String(alg)} is not accepted`,
        );
    }
  }
}

function algorithmOf(token: string): unknown {
  try {
    return decodeProtectedHeader(token).alg;
  } catch {
    throw new InvalidTokenError('Tokenet kan ikke læses / The token cannot be read');
  }
}
