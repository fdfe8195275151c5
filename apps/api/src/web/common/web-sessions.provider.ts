import type { Provider } from '@nestjs/common';
import { WebSessions, resolveSessionSecret } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG, WEB_SESSIONS } from '../../tokens';

/** Sessions signed with SESSION_SECRET, else the development tokens' secret through a key of their own. */
export const webSessionsProvider: Provider = {
  provide: WEB_SESSIONS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new WebSessions(resolveSessionSecret(config)),
};
