/** Injection tokens for the web interface's sessions and sign-in. */
/** The WebSessions (libs/auth) that start, check and end the web interface's sessions. */
export const WEB_SESSIONS = Symbol('WEB_SESSIONS');
/** The SessionStore (libs/auth) the sessions are kept in. */
export const SESSION_STORE = Symbol('SESSION_STORE');
/** The web sign-in through the OpenID Connect provider (OidcWebSignIn), or undefined when it is not set up. */
export const OIDC_WEB_SIGN_IN = Symbol('OIDC_WEB_SIGN_IN');
