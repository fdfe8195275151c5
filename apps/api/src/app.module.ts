import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { AuditExportController } from './audit/audit-export.controller';
import { AuditVerifyController } from './audit/audit-verify.controller';
import { ProjectionsController } from './audit/projections.controller';
import { ConfirmLinkController } from './confirm-link/confirm-link.controller';
import { ConfirmLinkService } from './confirm-link/confirm-link.service';
import { confirmLinksProvider } from './confirm-link/confirm-links.provider';
import { ConfirmPageController } from './confirm-link/confirm-page.controller';
import { DomainErrorFilter } from './common/domain-error.filter';
import { CycleReadsController } from './cycles/cycle-reads.controller';
import { CycleSteeringController } from './cycles/cycle-steering.controller';
import { CyclesController } from './cycles/cycles.controller';
import { CyclesService } from './cycles/cycles.service';
import { HealthController } from './health/health.controller';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { TooManyRequestsFilter } from './rate-limit/too-many-requests.filter';
import { OrganisationController } from './organisation/organisation.controller';
import { OrganisationService } from './organisation/organisation.service';
import { AreasController } from './organisation/areas.controller';
import { GroupsController } from './organisation/groups.controller';
import { GroupCompositionController } from './organisation/group-composition.controller';
import { PeopleController } from './people/people.controller';
import { PersonalDataService } from './people/personal-data.service';
import { OrganisationImportService } from './organisation/organisation-import.service';
import { WEB_CONTROLLERS } from './web/web-controllers';
import {
  oidcWebSignInProvider,
  SessionStoreShutdown,
  sessionStoreProvider,
  webSessionsProvider,
} from './web/common/web-sessions.provider';

@Module({
  imports: [InfrastructureModule, RateLimitModule],
  controllers: [
    HealthController,
    OrganisationController,
    AreasController,
    PeopleController,
    GroupsController,
    GroupCompositionController,
    CyclesController,
    CycleSteeringController,
    CycleReadsController,
    ConfirmLinkController,
    ConfirmPageController,
    AuditExportController,
    AuditVerifyController,
    ProjectionsController,
    ...WEB_CONTROLLERS,
  ],
  providers: [
    OrganisationService,
    PersonalDataService,
    OrganisationImportService,
    CyclesService,
    ConfirmLinkService,
    confirmLinksProvider,
    sessionStoreProvider,
    oidcWebSignInProvider,
    webSessionsProvider,
    SessionStoreShutdown,
    { provide: APP_GUARD, useClass: AuthGuard },
    // After the AuthGuard: the per-person limit needs the person.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_FILTER, useClass: TooManyRequestsFilter },
  ],
})
export class AppModule {}
