import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from './audit/audit.module';
import { DomainErrorFilter } from './common/domain-error.filter';
import { HttpErrorFilter } from './common/http-error.filter';
import { ConfirmLinkModule } from './confirm-link/confirm-link.module';
import { CyclesModule } from './cycles/cycles.module';
import { HealthModule } from './health/health.module';
import { InfrastructureModule } from './infrastructure/infrastructure.module';
import { OrganisationModule } from './organisation/organisation.module';
import { PeopleModule } from './people/people.module';
import { PublicationModule } from './publication/publication.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';

/**
 * The HTTP API under /api, one module per feature. Its guards (BearerAuthGuard, RateLimitGuard) are registered by the
 * process beside the web interface's, in the order they must run.
 */
@Module({
  imports: [
    InfrastructureModule,
    RateLimitModule,
    HealthModule,
    OrganisationModule,
    PeopleModule,
    PublicationModule,
    CyclesModule,
    ConfirmLinkModule,
    AuditModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
  ],
})
export class ApiModule {}
