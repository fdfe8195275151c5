import { AssetsController, SiteController } from './site/site.controller';
import { SignInController, SignOutController } from './sign-in/sign-in.controller';

/** Every controller of the web interface, for the AppModule. */
export const WEB_CONTROLLERS = [SiteController, AssetsController, SignInController, SignOutController];

/**
 * The web interface's paths, kept out of the /api prefix: each top-level segment with everything below it. A page
 * added under a new segment must be added here, or it would be served under /api.
 */
const SEGMENTS = [
  'log-ind',
  'log-ud',
  'sprog',
  'assets',
  'tilgaengelighed',
  'chefgruppen',
  'facilitator',
  'leder',
  'revision',
];

export const WEB_PATHS: string[] = ['/', ...SEGMENTS.flatMap((segment) => [segment, `${segment}/{*rest}`])];
