import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiModule } from '@ledelsesrum/api/api';
import { BearerAuthGuard } from '@ledelsesrum/api/auth';
import { RateLimitGuard } from '@ledelsesrum/api/rate-limit';
import { WebSessionGuard, WebUiModule } from '@ledelsesrum/web-ui';
import { KnownQueryParameters } from './http/known-query-parameters.guard';
import { RefuseUnsupportedBody } from './http/unsupported-body';

/**
 * The API process: the HTTP API and the web interface on one server. The global guards are listed here, in the order
 * they run: first who is calling, each guard on its own kind of route (a web page's session, the API's bearer token),
 * then the rate limits, whose per-person limit needs the person; last what the request itself says, so a caller who
 * may not call a route is told so whatever they sent: a body of a media type the route does not take (415), a query
 * parameter it does not declare (400). Guards, not interceptors: they cost a request nothing when all is well.
 */
@Module({
  imports: [ApiModule, WebUiModule],
  providers: [
    { provide: APP_GUARD, useClass: WebSessionGuard },
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: RefuseUnsupportedBody },
    { provide: APP_GUARD, useClass: KnownQueryParameters },
  ],
})
export class AppModule {}
