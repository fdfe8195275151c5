import type { Logger } from '@nestjs/common';
import { loadConfig } from '@ledelsesrum/config';
import { oidcWebSignIn } from './oidc-web-sign-in';

const BASE = {
  OIDC_ISSUER: 'https://sso.kommune.dk/realms/ledelse',
  OIDC_AUDIENCE: 'ledelsesrum-api',
  AUTH_JWT_SECRET: 'a-development-secret-of-at-least-32-characters',
  PUBLIC_URL: 'https://ledelsesrum.kommune.dk/',
  DATA_DIR: '/nonexistent',
};

/** A logger that keeps what it was told. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = { log: (line: string) => lines.push(line), warn: (line: string) => lines.push(line) };
  return { logger: logger as unknown as Logger, lines };
}

describe('oidcWebSignIn: whether the web interface offers sign-in through the provider', () => {
  it('does not without OIDC_CLIENT_ID, and the log says why', () => {
    const { logger, lines } = recordingLogger();

    expect(oidcWebSignIn(loadConfig(BASE), logger)).toBeUndefined();
    expect(lines).toEqual([expect.stringMatching(/^OIDC_CLIENT_ID er ikke sat: .* \/ OIDC_CLIENT_ID is not set: /)]);
  });

  it('does not without OIDC_ISSUER, and says nothing (the API’s start-up line already says "no OIDC")', () => {
    const { logger, lines } = recordingLogger();

    expect(oidcWebSignIn(loadConfig({ AUTH_JWT_SECRET: BASE.AUTH_JWT_SECRET }), logger)).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('does with OIDC_CLIENT_ID, registering PUBLIC_URL/log-ind/oidc/callback, and logs the client but not its secret', () => {
    const { logger, lines } = recordingLogger();
    const env = { ...BASE, OIDC_CLIENT_ID: 'ledelsesrum-web', OIDC_CLIENT_SECRET: 'the-client-secret-value' };

    const web = oidcWebSignIn(loadConfig(env), logger);

    expect(web?.redirectUri).toBe('https://ledelsesrum.kommune.dk/log-ind/oidc/callback');
    expect(lines).toEqual([
      'Web-login gennem login-udbyderen / Web sign-in through the provider: ledelsesrum-web (fortrolig klient / ' +
        'confidential client), scopes "openid profile email", redirect URI ' +
        'https://ledelsesrum.kommune.dk/log-ind/oidc/callback',
    ]);
    expect(lines.join('\n')).not.toContain('the-client-secret-value');
  });

  it('calls a client without a secret a public client with PKCE', () => {
    const { logger, lines } = recordingLogger();

    oidcWebSignIn(loadConfig({ ...BASE, OIDC_CLIENT_ID: 'ledelsesrum-web' }), logger);

    expect(lines[0]).toContain('ledelsesrum-web (offentlig klient med PKCE / public client with PKCE)');
  });
});
