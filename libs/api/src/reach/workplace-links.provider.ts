import type { Provider } from '@nestjs/common';
import { WorkplaceLinks, resolveConfirmLinkSecret } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG } from '../infrastructure/tokens';

export const WORKPLACE_LINKS = Symbol('WORKPLACE_LINKS');

/** The workplace links, from the secret the confirmation links use (each with a key of its own). */
export const workplaceLinksProvider: Provider = {
  provide: WORKPLACE_LINKS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new WorkplaceLinks(resolveConfirmLinkSecret(config)),
};
