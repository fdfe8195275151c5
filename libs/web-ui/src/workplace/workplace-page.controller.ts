import { Body, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { Public } from '@ledelsesrum/api/auth';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { APP_CONFIG, EVENT_STORE } from '@ledelsesrum/api/infrastructure';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { RateLimit } from '@ledelsesrum/api/rate-limit';
import { ReachService, WORKPLACE_LINKS } from '@ledelsesrum/api/reach';
import { answeredMark, answeredRounds, type WorkplaceLinks } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { MAX_REACH_ANSWER, mayAnswer, own, type LaunchedCycle } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { message } from '@ledelsesrum/messages';
import { readMeetingRecords } from '@ledelsesrum/projections';
import { cookie, readCookies } from '../common/cookies';
import { EMPTY_FORM, type FormState } from '../common/form-fields';
import { appendCookie, type CookieResponse } from '../common/form-flash-cookie';
import { FormPage, ShowFormAgain } from '../common/form-page';
import { Page, type PageContext, type WebRequest } from '../common/page-context';
import { fieldsOf } from '../common/read-form';
import { Redirect } from '../common/redirect';
import { WebPages } from '../common/web-page.decorator';
import { PageResult } from '../common/web-page.interceptor';
import { workplaceNotAvailablePage, workplacePage } from './workplace.page';

/** The cookie that remembers which rounds this browser answered: round ids only, signed. */
const ANSWERED_COOKIE = 'hoert_om_det';
const A_YEAR = 365 * 24 * 60 * 60;

type Opened =
  | { readonly page: PageResult }
  | { readonly cycle: WorkplaceCycle; readonly cycleId: string; readonly leaderId: string };
type WorkplaceCycle = LaunchedCycle & { readonly summary: NonNullable<LaunchedCycle['summary']> };

/**
 * `GET/POST /arbejdsplads/:token`: the page a leader's message to their staff links to, and its anonymous "Jeg har
 * hørt om det". Callers: anyone holding the link (the signed token names the round and the workplace, nobody else);
 * no sign-in, and nothing about the caller is kept. Per client the workplace-page rate limit applies, per workplace
 * the hourly cap (both 429). Answers: 200 the page, 404 for a link this site did not sign or a round not out yet.
 */
@WebPages('arbejdsplads')
@Public()
@RateLimit('workplace-page')
export class WorkplacePageController {
  constructor(
    private readonly cycles: CyclesService,
    private readonly organisation: OrganisationService,
    private readonly reach: ReachService,
    @Inject(WORKPLACE_LINKS) private readonly links: WorkplaceLinks,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':token')
  async show(@Page() context: PageContext, @Param('token') token: string, @Req() request: WebRequest) {
    const opened = await this.open(context, token);
    if ('page' in opened) return opened.page;
    return this.page(context, opened, token, request, context.shown?.form ?? EMPTY_FORM);
  }

  @Post(':token')
  @FormPage()
  async answer(
    @Page() context: PageContext,
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: CookieResponse,
  ) {
    const opened = await this.open(context, token);
    if ('page' in opened) return opened.page;
    const answered = this.answered(request);
    // A browser answers once per round; a second post goes back to the page, which thanks it.
    if (!mayAnswer(answered, opened.cycleId)) return new Redirect(`/arbejdsplads/${encodeURIComponent(token)}`);
    const typed = fieldsOf(body)['answer'];
    const answer = typeof typed === 'string' && typed.trim() !== '' ? typed.trim() : undefined;
    if (answer !== undefined && answer.length > MAX_REACH_ANSWER) {
      const state = { values: { answer }, errors: { answer: message('web.workplace.heard.invalid') } };
      return new ShowFormAgain(state, () => this.page(context, opened, token, request, state));
    }
    await this.reach.answer(opened.cycleId, opened.leaderId, answer);
    const mark = answeredMark(this.links, [...answered, opened.cycleId]);
    const secure = this.config.publicUrl.startsWith('https:');
    appendCookie(response, cookie(ANSWERED_COOKIE, mark, { maxAge: A_YEAR, httpOnly: true, secure }));
    return new Redirect(`/arbejdsplads/${encodeURIComponent(token)}`);
  }

  private async open(context: PageContext, token: string): Promise<Opened> {
    const claims = await this.links.verify(token);
    if (!claims) return { page: new PageResult(404, workplaceNotAvailablePage(context, 'invalid')) };
    // A signed link names a round that exists: one deleted from the store answers 404 as an unknown round does.
    const cycle = this.cycles.launched(claims.cycleId);
    if (!cycle.summary || cycle.stage === 'cancelled') {
      return { page: new PageResult(404, workplaceNotAvailablePage(context, 'not-yet')) };
    }
    return { cycle: cycle as WorkplaceCycle, cycleId: claims.cycleId, leaderId: claims.leaderId };
  }

  private answered(request: WebRequest): string[] {
    return answeredRounds(this.links, readCookies(request.headers['cookie'])[ANSWERED_COOKIE]);
  }

  private async page(
    context: PageContext,
    { cycle, cycleId, leaderId }: Extract<Opened, { cycle: unknown }>,
    token: string,
    request: WebRequest,
    form: FormState,
  ) {
    const leader = own((await this.organisation.current()).state.people, leaderId);
    const records = (await readMeetingRecords(this.store, cycleId)) ?? [];
    const reflection = await this.cycles.ownReflection(cycleId, leaderId);
    return workplacePage(context, {
      cycle,
      ...(leader?.workplace === undefined ? {} : { workplace: leader.workplace }),
      keyPoints: records.flatMap((record) => record.keyPoints),
      ...(reflection === undefined ? {} : { reflection: reflection.text }),
      answered: !mayAnswer(this.answered(request), cycleId),
      token,
      form,
    });
  }
}
