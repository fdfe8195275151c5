import { Inject, Injectable, Logger, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { openSessionStore, WebSessions, resolveSessionSecret, type SessionStore } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { OIDC_WEB_SIGN_IN, SESSION_STORE, WEB_SESSIONS } from './web-tokens';
import { oidcWebSignIn, type OidcWebSignIn } from '../sign-in/oidc-web-sign-in';

/** The sessions' store where SESSIONS_URL or SESSIONS_FILE puts it (default: a file in the data folder). */
export const sessionStoreProvider: Provider = {
  provide: SESSION_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => {
    // The URL may hold a password: the variable is named instead.
    const where = config.sessions.kind === 'sqlite' ? `sqlite ${config.sessions.file}` : 'postgres (SESSIONS_URL)';
    new Logger('auth').log(`Sessioner / Sessions: ${where}`);
    return openSessionStore(config.sessions);
  },
};

/** One provider sign-in for the whole API: the sign-in pages start sessions with it, the sessions re-read roles. */
export const oidcWebSignInProvider: Provider = {
  provide: OIDC_WEB_SIGN_IN,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => oidcWebSignIn(config, new Logger('auth')),
};

/** Sessions kept in the store, their refresh tokens sealed with a key from SESSION_SECRET (or the development secret). */
export const webSessionsProvider: Provider = {
  provide: WEB_SESSIONS,
  inject: [APP_CONFIG, SESSION_STORE, OIDC_WEB_SIGN_IN],
  useFactory: (config: AppConfig, store: SessionStore, web: OidcWebSignIn | undefined) =>
    new WebSessions({
      secret: resolveSessionSecret(config),
      store,
      recheckSeconds: config.sessionRecheckSeconds,
      roles: web?.signIn,
    }),
};

/** Closes the session store when the API stops. */
@Injectable()
export class SessionStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(SESSION_STORE) private readonly store: SessionStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
