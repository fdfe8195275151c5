import type { Provider } from '@nestjs/common';
import { ConfirmLinks, resolveConfirmLinkSecret } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG } from '../infrastructure/tokens';

/** The ConfirmLinks (libs/auth) that verify the personal confirmation links the worker signs. */
export const CONFIRM_LINKS = Symbol('CONFIRM_LINKS');

/** Built from the same secret as the worker's: CONFIRM_LINK_SECRET, else the development tokens' secret. */
export const confirmLinksProvider: Provider = {
  provide: CONFIRM_LINKS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => new ConfirmLinks(resolveConfirmLinkSecret(config)),
};
