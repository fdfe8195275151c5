import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import { isRole, type Principal, type Role } from './roles';
import { InvalidTokenError, type TokenVerifier } from './token-verifier';

/** Issues and verifies the development tokens (HS256). Only HS256 is accepted: `alg: none` and RS/HS mix-ups fail. */
export class JwtTokens implements TokenVerifier {
  /** A KeyObject made once: handed raw bytes, jose would make one for every token it checks. */
  private readonly key: KeyObject;

  constructor(secret: string) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  async issue(subject: string, roles: readonly Role[], expiresIn: string = '8h'): Promise<string> {
    return new SignJWT({ roles: [...roles] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], requiredClaims: ['exp', 'sub'] });
      const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
      if (!payload.sub) throw new InvalidTokenError('Token uden sub / Token without sub');
      // Development tokens never carry an audience: one that does was made for something else (a confirmation link).
      if (payload.aud !== undefined) throw new InvalidTokenError('Token med aud / Token with an audience');
      return { id: payload.sub, roles };
    } catch (error) {
      if (error instanceof InvalidTokenError) throw error;
      if (error instanceof errors.JOSEError) throw new InvalidTokenError(error.code);
      throw error;
    }
  }
}
