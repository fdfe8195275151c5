import { Get, Headers, Inject, Logger, NotFoundException, Query, Res } from '@nestjs/common';
import {
  IdentityProviderUnavailableError,
  InvalidTokenError,
  ROLES,
  type PendingSignIn,
  type SignedIn,
  SignInMismatchError,
  SignInRefusedByProviderError,
  type WebSessions,
} from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { message, refusal } from '@ledelsesrum/messages';
import { Public } from '@ledelsesrum/api/auth';
import { RequestIdParam } from '@ledelsesrum/api/common';
import { RateLimit } from '@ledelsesrum/api/rate-limit';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { OIDC_WEB_SIGN_IN, WEB_SESSIONS } from '../common/web-tokens';
import { Page, type PageContext } from '../common/page-context';
import type { PageResponse } from '../common/page-headers';
import { localPath, Redirect } from '../common/redirect';
import { roleHome } from '../common/roles-text';
import { WebPages } from '../common/web-page.decorator';
import { PageResult } from '../common/web-page.interceptor';
import { clearPendingSignInCookie, pendingSignInCookie, readPendingSignInCookie } from './oidc-sign-in-cookie';
import { signInProblemPage, type SignInProblem } from './oidc-sign-in.page';
import type { OidcWebSignIn } from './oidc-web-sign-in';
import { setSessionCookies } from './session-cookies';

/**
 * Signing in through the organisation's OpenID Connect provider (authorization code flow with PKCE): off the site to
 * the provider's login and back, ending in the same session cookie as every other sign-in. Callers: anyone (this is
 * the way in); both routes answer 404 unless OIDC_ISSUER and OIDC_CLIENT_ID are set.
 */
@WebPages('log-ind/oidc')
@Public()
@RateLimit('sign-in')
export class OidcSignInController {
  private readonly logger = new Logger('auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEB_SESSIONS) private readonly sessions: WebSessions,
    @Inject(OIDC_WEB_SIGN_IN) private readonly web: OidcWebSignIn | undefined,
  ) {}

  /** Sends the browser to the provider, remembering the attempt (and `tilbage`) in a 10-minute cookie. */
  @Get()
  async start(
    @Page() context: PageContext,
    @Query('tilbage') back: unknown,
    @Res({ passthrough: true }) response: PageResponse,
    @RequestIdParam() requestId: string | undefined,
  ) {
    const web = this.enabled();
    const way = localPath(back, '');
    try {
      const { url, secrets } = await web.signIn.start(web.redirectUri);
      const sealed = await web.pending.seal({ ...secrets, back: way });
      response.setHeader('Set-Cookie', pendingSignInCookie(this.config, sealed, web.pending.lifetimeSeconds));
      return new Redirect(url);
    } catch (error) {
      if (!(error instanceof IdentityProviderUnavailableError)) throw error;
      this.logger.warn(`${failed(requestId)}: ${error.message}`);
      return this.problem(context, 503, { kind: 'unavailable' }, way);
    }
  }

  /** Where the provider sends the browser back: checks the answer against the attempt and starts the session. */
  @Get('callback')
  async callback(
    @Page() context: PageContext,
    @Query() answer: Record<string, unknown>,
    @Headers('cookie') cookies: string | undefined,
    @Res({ passthrough: true }) response: PageResponse,
    @RequestIdParam() requestId: string | undefined,
  ) {
    const web = this.enabled();
    // The attempt is used up whatever happens next; a success replaces this header with the session's as well.
    response.setHeader('Set-Cookie', clearPendingSignInCookie(this.config));
    let pending: PendingSignIn;
    try {
      pending = await web.pending.open(readPendingSignInCookie(this.config, cookies) ?? '');
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      this.logger.log(
        `${failed(requestId)}: login-forsøget er udløbet eller ukendt / the attempt expired or is unknown (${error.message})`,
      );
      return this.problem(context, 400, { kind: 'expired' }, '');
    }
    let signedIn: SignedIn;
    try {
      signedIn = await web.signIn.finish(answer, pending, web.redirectUri);
    } catch (error) {
      return this.refusal(context, error, pending.back, failed(requestId));
    }
    const { principal, name, rolesFrom, refreshToken } = signedIn;
    // Every signed-in person has a role: one of ours from the provider, or else employee (rolesOfSignedIn).
    const home = ROLES.find((role) => principal.roles.includes(role)) ?? 'employee';
    this.logger.log(
      `Logget ind / Signed in: ${principal.id} (${principal.roles.join(', ')}; roller fra / roles from ${rolesFrom})` +
        (refreshToken === undefined
          ? '; udbyderen gav intet refresh token, så roller ændres først ved næste login / the provider gave no ' +
            'refresh token, so roles change only at the next sign-in (OIDC_SCOPES with offline_access?)'
          : `; roller læses igen efter ${this.config.sessionRecheckSeconds} s / roles are read again after ` +
            `${this.config.sessionRecheckSeconds} s`),
    );
    const session = await this.sessions.issue(principal, name, refreshToken);
    response.setHeader('Set-Cookie', [...sessionCookies(this.config, session), clearPendingSignInCookie(this.config)]);
    return new Redirect(pending.back || roleHome(home));
  }

  /** `failure`: how the log line starts, naming the request. */
  private refusal(context: PageContext, error: unknown, back: string, failure: string): PageResult {
    if (error instanceof SignInRefusedByProviderError) {
      this.logger.log(`${failure}: ${error.message}`);
      const problem: SignInProblem =
        error.code === 'access_denied' ? { kind: 'cancelled' } : { kind: 'refused', code: error.code };
      return this.problem(context, 400, problem, back);
    }
    if (error instanceof SignInMismatchError) {
      this.logger.warn(`${failure}: ${error.message}`);
      return this.problem(context, 400, { kind: 'mismatch' }, back);
    }
    if (error instanceof InvalidTokenError) {
      this.logger.warn(`${failure}: ${error.message}`);
      return this.problem(context, 400, { kind: 'failed' }, back);
    }
    if (error instanceof IdentityProviderUnavailableError) {
      this.logger.warn(`${failure}: ${error.message}`);
      return this.problem(context, 503, { kind: 'unavailable' }, back);
    }
    throw error;
  }

  private problem(context: PageContext, status: number, problem: SignInProblem, back: string): PageResult {
    return new PageResult(status, signInProblemPage(context, problem, back));
  }

  private enabled(): OidcWebSignIn {
    if (!this.web) throw refusal(message('web.sign-in.oidc.not-set-up'), (line) => new NotFoundException(line));
    return this.web;
  }
}

/** How every log line of a failed sign-in starts: the request id is what the person's browser got back. */
function failed(requestId: string | undefined): string {
  return `Login afvist / Sign-in refused (request ${requestId ?? '-'})`;
}

/** The cookies setSessionCookies would set, collected so they go out together with the attempt's removal. */
function sessionCookies(config: AppConfig, session: string): string[] {
  const cookies: string[] = [];
  const collect: PageResponse = {
    status: () => undefined,
    setHeader: (_name, value) => cookies.push(...(Array.isArray(value) ? value : [value])),
  };
  // The language stays as the reader chose it (or Danish): the provider says nothing we trust about it.
  setSessionCookies(collect, config, session, undefined);
  return cookies;
}
