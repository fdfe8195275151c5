export { importUploadParser } from './chefgruppen/organisation/upload';
export { readCookies, sessionCookieName } from './common/cookies';
export { markDevSignIn } from './common/dev-sign-in';
export { refuseAsPage } from './common/refuse-as-page';
export { WebSessionGuard } from './common/web-session.guard';
export { WEB_SESSIONS } from './common/web-tokens';
export { WEB_PATHS } from './web-controllers';
export { WebUiModule } from './web-ui.module';
