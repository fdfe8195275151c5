import { Controller, Get, Inject, Query, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { ServerResponse } from 'node:http';
import type { AppConfig } from '@ledelsesrum/config';
import { message, refusal } from '@ledelsesrum/messages';
import { Public } from '@ledelsesrum/api/auth';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { PublicationService, STAFF_FEED_PATH } from '@ledelsesrum/api/publication';
import { staffFeed } from './staff-feed';
import { StaffRounds } from './staff-rounds';

/**
 * The published summaries as an Atom feed for the organisation's intranet portal, `GET /feed/opsamlinger.atom?token=`.
 * Callers: whoever holds the feed's current token (a portal cannot sign in); anyone else gets 401. No session, so no
 * cookie is read, and the token is never logged: nothing logs a request's query.
 */
@Controller()
@ApiExcludeController()
@Public()
export class StaffFeedController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publication: PublicationService,
    private readonly rounds: StaffRounds,
  ) {}

  @Get(STAFF_FEED_PATH.slice(1))
  async feed(@Query('token') token: unknown, @Res() response: ServerResponse): Promise<void> {
    if (typeof token !== 'string' || !(await this.publication.acceptsFeedToken(token))) {
      throw refusal(message('web.staff.feed.refused'), (line) => new UnauthorizedException(line));
    }
    const body = staffFeed(this.config.publicUrl, this.rounds.list(), new Date());
    response.setHeader('Content-Type', 'application/atom+xml; charset=utf-8');
    // The address holds the token: no shared cache may keep the answer under it.
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.end(body);
  }
}
