import { Module } from '@nestjs/common';
import { ConfirmLinkModule } from '@ledelsesrum/api/confirm-link';
import { CyclesModule } from '@ledelsesrum/api/cycles';
import { ReachModule } from '@ledelsesrum/api/reach';
import { OrganisationModule } from '@ledelsesrum/api/organisation';
import { PeopleModule } from '@ledelsesrum/api/people';
import { PublicationModule } from '@ledelsesrum/api/publication';
import {
  oidcWebSignInProvider,
  SessionStoreShutdown,
  sessionStoreProvider,
  webSessionsProvider,
} from './common/web-sessions.provider';
import { WEB_SESSIONS } from './common/web-tokens';
import { CycleSources } from './chefgruppen/cycles/page-data';
import { formFlashCookieProvider } from './common/form-flash-cookie';
import { WEB_CONTROLLERS } from './web-controllers';
import { CycleFiles } from './print/cycle-files';
import { StaffRounds } from './staff/staff-rounds';
import { ImportPreviews } from './chefgruppen/organisation/import-previews';
import { RefusedImports } from './chefgruppen/organisation/refused-imports';

/**
 * The server-rendered web interface and its sessions, over the API's services. Its guard (WebSessionGuard) is
 * registered by the process beside the API's, in the order they must run; it needs WEB_SESSIONS from here.
 */
@Module({
  imports: [OrganisationModule, PeopleModule, CyclesModule, ConfirmLinkModule, PublicationModule, ReachModule],
  controllers: WEB_CONTROLLERS,
  providers: [
    sessionStoreProvider,
    oidcWebSignInProvider,
    webSessionsProvider,
    SessionStoreShutdown,
    CycleSources,
    CycleFiles,
    StaffRounds,
    { provide: ImportPreviews, useFactory: () => new ImportPreviews() },
    { provide: RefusedImports, useFactory: () => new RefusedImports() },
    formFlashCookieProvider,
  ],
  exports: [WEB_SESSIONS],
})
export class WebUiModule {}
