import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiModule } from '@ledelsesrum/api/api';
import { BearerAuthGuard } from '@ledelsesrum/api/auth';
import { RateLimitGuard } from '@ledelsesrum/api/rate-limit';
import { WebSessionGuard, WebUiModule } from '@ledelsesrum/web-ui';

/**
 * The API process: the HTTP API and the web interface on one server. The global guards are listed here, in the order
 * they run: first who is calling, each guard on its own kind of route (a web page's session, the API's bearer token),
 * then the rate limits, whose per-person limit needs the person.
 */
@Module({
  imports: [ApiModule, WebUiModule],
  providers: [
    { provide: APP_GUARD, useClass: WebSessionGuard },
    { provide: APP_GUARD, useClass: BearerAuthGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class AppModule {}
