import {
  Body,
  Controller,
  Get,
  HttpException,
  HttpStatus,
  Inject,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { copenhagenDay, isDomainError } from '@ledelsesrum/domain';
import { Public } from '@ledelsesrum/api/auth';
import { ConfirmLinkService, REVOKED_CODE, type ConfirmLinkView } from '@ledelsesrum/api/confirm-link';
import type { ConfirmLinkClaims } from '@ledelsesrum/auth';
import { ReasonDto } from '@ledelsesrum/api/organisation';
import { CyclesService } from '@ledelsesrum/api/cycles';
import { RequestIdParam } from '@ledelsesrum/api/common';
import { RateLimit } from '@ledelsesrum/api/rate-limit';
import { bothLanguages, domainErrorText, message } from '@ledelsesrum/messages';
import type { Html } from '../common/html';
import { cascadeDeadline } from '../common/cascade-deadline';
import { fieldsOf, readForm } from '../common/read-form';
import { refusalAtField } from '../common/refusal-at-field';
import { FORM_FLASH_COOKIE, type FormFlashCookie } from '../common/form-flash-cookie';
import type { FormFlash } from '../common/form-flash';
import type { WebRequest } from '../common/page-context';
import { CASCADE_REFUSALS, confirmFormValues, readConfirmForm } from './confirm-form';
import { problemsOf, shownAgain } from './confirm-flash';
import { correctedPage, correctionLinks, linkPath, withdrawalPage, withdrawnPage } from './correction-page.templates';
import {
  alreadyConfirmedPage,
  closedPage,
  confirmFormPage,
  errorPage,
  expiredPage,
  invalidPage,
  notYetPage,
  receiptPage,
  releasedPage,
  revokedPage,
} from './confirm-page.templates';
import { TooManyRequestsPageFilter } from './too-many-requests-page.filter';

interface Page {
  readonly status: number;
  readonly html: string;
}

interface PageResponse {
  status(code: number): unknown;
  getHeader(name: string): unknown;
  setHeader(name: string, value: string | string[]): unknown;
}

/** Which page the redirect after a post shows: the receipt, once; otherwise the form with what it flashed. */
const CONFIRMED = 'confirmed';

/**
 * Nothing loads from elsewhere (styles, fonts and images from this site's /assets only), the form posts only here, no
 * frame holds it, and the token in the URL goes nowhere.
 */
const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The page the cascade e-mail links to, `PUBLIC_URL/bekraeft/<token>` (outside /api): a form to confirm the cascade
 * without signing in. The callers are anyone holding the link; the signed token is the credential, good for its person
 * and cycle only. GET never changes anything, because mail scanners open links before people do; only the form's POST
 * confirms. The post answers 303 back to the page (Post/Redirect/Get), which then shows the receipt, or the form
 * again with what was typed and its errors (kept for the redirect in a sealed cookie). Answers: 200 form or receipt,
 * 409 already confirmed (or released, or too early), 410 expired or no longer the person's to use (released, left,
 * erased), 404 invalid.
 */
@ApiExcludeController()
@Public()
@RateLimit('confirm-link')
@UseFilters(TooManyRequestsPageFilter)
@Controller('bekraeft')
export class ConfirmPageController {
  private readonly logger = new Logger('confirm-page');

  constructor(
    private readonly links: ConfirmLinkService,
    private readonly cycles: CyclesService,
    @Inject(FORM_FLASH_COOKIE) private readonly flashes: FormFlashCookie,
  ) {}

  @Get(':token')
  show(
    @Param('token') token: string,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    const flash = this.flashes.take(request, response);
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      const view = this.links.view(claims);
      if (view.status === 'confirmed' && flash?.name === CONFIRMED) {
        return { status: HttpStatus.OK, html: receiptPage(view.theme, this.moreFor(claims, token)) };
      }
      if (view.status !== 'pending') return statePage(view, HttpStatus.OK, this.moreFor(claims, token));
      const form = { ...this.formHeading(view), ...problemsOf(flash) };
      return { status: HttpStatus.OK, html: confirmFormPage(form) };
    });
  }

  @Post(':token')
  submit(
    @Param('token') token: string,
    @Body() body: unknown,
    @RequestIdParam() requestId: string | undefined,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      const view = this.links.view(claims);
      if (view.status !== 'pending') return statePage(view, HttpStatus.CONFLICT, this.moreFor(claims, token));
      const form = await readConfirmForm(body);
      if ('problems' in form) {
        if (this.backToPage(request, response, { form: shownAgain(form.problems) })) return SEE_THE_PAGE;
        const page = { ...this.formHeading(view), ...form.problems };
        return { status: HttpStatus.BAD_REQUEST, html: confirmFormPage(page) };
      }
      try {
        const confirmed = await refusalAtField(() => this.links.confirm(claims, form.dto, requestId), CASCADE_REFUSALS);
        if ('errors' in confirmed) {
          // Refused for what the date says (before the summary, in the future): the form again, at that field.
          const problems = { values: confirmFormValues(fieldsOf(body)), fieldErrors: confirmed.errors, formErrors: [] };
          if (this.backToPage(request, response, { form: shownAgain(problems) })) return SEE_THE_PAGE;
          return { status: confirmed.status, html: confirmFormPage({ ...this.formHeading(view), ...problems }) };
        }
      } catch (error) {
        const conflict = isDomainError(error) || (error instanceof HttpException && error.getStatus() === 409);
        if (!conflict) throw error;
        // Confirmed (or released) in the meantime, e.g. the form sent twice: say where things stand.
        const now = this.links.view(claims);
        return now.status !== 'pending'
          ? statePage(now, HttpStatus.CONFLICT, this.moreFor(claims, token))
          : { status: HttpStatus.CONFLICT, html: errorPage(messageOf(error)) };
      }
      const receipt = { form: { values: {}, errors: {} }, name: CONFIRMED };
      if (this.backToPage(request, response, receipt)) return SEE_THE_PAGE;
      return { status: HttpStatus.OK, html: receiptPage(view.theme, this.moreFor(claims, token)) };
    });
  }

  /** The form to correct the confirmation, filled in with it as it stands (while the round is not completed). */
  @Get(':token/ret')
  showCorrection(@Param('token') token: string, @Res({ passthrough: true }) response: PageResponse): Promise<string> {
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      const view = this.links.view(claims);
      const own = this.links.correctable(claims) ? await this.links.ownConfirmation(claims) : undefined;
      if (!own) return this.nothingToCorrect(claims, token, HttpStatus.OK);
      const values = { ...dateParts(copenhagenDay(own.passedOnAt)), channel: own.channel, note: own.note ?? '' };
      const form = { ...this.formHeading(view), values, fieldErrors: {}, formErrors: [] };
      return { status: HttpStatus.OK, html: confirmFormPage({ ...form, correcting: true }) };
    });
  }

  @Post(':token/ret')
  correct(
    @Param('token') token: string,
    @Body() body: unknown,
    @RequestIdParam() requestId: string | undefined,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      const view = this.links.view(claims);
      if (!this.links.correctable(claims)) return this.nothingToCorrect(claims, token, HttpStatus.CONFLICT);
      const form = await readConfirmForm(body);
      if ('problems' in form) {
        const page = { ...this.formHeading(view), ...form.problems, correcting: true };
        return { status: HttpStatus.BAD_REQUEST, html: confirmFormPage(page) };
      }
      const run = () => this.links.confirm(claims, form.dto, requestId, undefined, true);
      return this.attempt(claims, token, run, () => ({
        status: HttpStatus.OK,
        html: correctedPage(view.theme, token),
      }));
    });
  }

  /** Asks first: what withdrawing the confirmation means, and why. */
  @Get(':token/traek-tilbage')
  showWithdrawal(@Param('token') token: string, @Res({ passthrough: true }) response: PageResponse): Promise<string> {
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      const view = this.links.view(claims);
      if (!this.links.correctable(claims)) return this.nothingToCorrect(claims, token, HttpStatus.OK);
      return { status: HttpStatus.OK, html: withdrawalPage({ theme: view.theme, token, reason: '' }) };
    });
  }

  @Post(':token/traek-tilbage')
  withdraw(
    @Param('token') token: string,
    @Body() body: unknown,
    @RequestIdParam() requestId: string | undefined,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      const view = this.links.view(claims);
      if (!this.links.correctable(claims)) return this.nothingToCorrect(claims, token, HttpStatus.CONFLICT);
      const given = (body as { reason?: unknown } | undefined)?.reason;
      const reason = typeof given === 'string' ? given.trim() : '';
      const form = await readForm(ReasonDto, { reason });
      if ('errors' in form) {
        const error = form.errors['reason'] ?? message('web.corrections.withdraw.reason');
        return { status: HttpStatus.BAD_REQUEST, html: withdrawalPage({ theme: view.theme, token, reason, error }) };
      }
      const run = () => this.links.withdraw(claims, reason, requestId);
      return this.attempt(claims, token, run, () => ({
        status: HttpStatus.OK,
        html: withdrawnPage(view.theme, token),
      }));
    });
  }

  /** Whether the person can still put their confirmation right from the page, and the way to do it. */
  private moreFor(claims: ConfirmLinkClaims, token: string): Html | undefined {
    return this.links.correctable(claims) ? correctionLinks(token) : undefined;
  }

  /**
   * Runs the link's command and answers `done`; a refusal because things changed meanwhile (the form sent twice, the
   * round completed) says where things stand instead.
   */
  private async attempt(claims: ConfirmLinkClaims, token: string, run: () => Promise<unknown>, done: () => Page) {
    try {
      await run();
    } catch (error) {
      const conflict = isDomainError(error) || (error instanceof HttpException && error.getStatus() === 409);
      if (!conflict) throw error;
      const now = this.links.view(claims);
      return now.status !== 'pending'
        ? statePage(now, HttpStatus.CONFLICT, this.moreFor(claims, token))
        : { status: HttpStatus.CONFLICT, html: errorPage(messageOf(error)) };
    }
    return done();
  }

  /** Nothing to correct (or no longer): where the link's person stands, the confirmation form if it is due again. */
  private nothingToCorrect(claims: ConfirmLinkClaims, token: string, status: number): Page {
    const view = this.links.view(claims);
    if (view.status !== 'pending') return statePage(view, status, undefined);
    const form = { ...this.formHeading(view), values: {}, fieldErrors: {}, formErrors: [] };
    return { status, html: confirmFormPage({ ...form, action: linkPath(token) }) };
  }

  /** What the form says above its fields: the round, the summary being confirmed and its deadline. */
  private formHeading(view: ConfirmLinkView) {
    const cycle = this.cycles.launched(view.cycleId);
    const deadline = cascadeDeadline(cycle);
    const summary = cycle.summary && deadline ? { text: cycle.summary.text, deadline } : undefined;
    return { theme: view.theme, expiresAt: view.expiresAt, ...(summary ? { summary } : {}) };
  }

  /** Leaves the flash for the link's page and sends the browser there; false when the flash is too large. */
  private backToPage(request: WebRequest, response: PageResponse, flash: FormFlash): boolean {
    const path = (request.originalUrl ?? request.url).split('?')[0]!;
    if (!this.flashes.put(response, flash, path, undefined)) return false;
    response.setHeader('Location', path);
    return true;
  }

  /** Every outcome is a page, errors included, with the same protective headers. */
  private async respond(response: PageResponse, build: () => Promise<Page>): Promise<string> {
    let page: Page;
    try {
      page = await build();
    } catch (error) {
      page = this.failurePage(error);
    }
    response.status(page.status);
    for (const [name, value] of Object.entries(PAGE_HEADERS)) response.setHeader(name, value);
    return page.html;
  }

  private failurePage(error: unknown): Page {
    if (!(error instanceof HttpException)) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      return { status: HttpStatus.INTERNAL_SERVER_ERROR, html: errorPage(undefined) };
    }
    const status = error.getStatus();
    if (status === HttpStatus.GONE)
      return { status, html: codeOf(error) === REVOKED_CODE ? revokedPage() : expiredPage() };
    if (status === HttpStatus.NOT_FOUND) return { status, html: invalidPage() };
    return { status, html: errorPage(messageOf(error)) };
  }
}

/** The post's answer once the flash is left: 303 to the same link, whose GET shows it. */
const SEE_THE_PAGE: Page = { status: HttpStatus.SEE_OTHER, html: '' };

/** `more`: what the person can still do about their confirmation. */
function statePage(view: ConfirmLinkView, status: number, more: Html | undefined): Page {
  switch (view.status) {
    case 'confirmed':
      return { status, html: alreadyConfirmedPage(view.theme, more) };
    case 'released':
      return { status, html: releasedPage(view.theme) };
    case 'not_yet':
      return { status, html: notYetPage(view.theme) };
    case 'closed':
      return { status, html: closedPage(view.theme) };
    case 'pending':
      throw new Error('A pending link shows the form');
  }
}

function codeOf(error: HttpException): unknown {
  const body = error.getResponse();
  return typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : undefined;
}

/** The (bilingual) message of a refusal, as the JSON route would give it. */
function messageOf(error: unknown): string | undefined {
  if (isDomainError(error)) return bothLanguages(domainErrorText(error));
  if (!(error instanceof HttpException)) return undefined;
  const body = error.getResponse();
  const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

/** A `YYYY-MM-DD` day as the form's three date fields, as a person would type them (no leading zeros). */
function dateParts(day: string): Record<string, string> {
  const [year, month, date] = day.split('-');
  return {
    'passedOnAt.day': String(Number(date)),
    'passedOnAt.month': String(Number(month)),
    'passedOnAt.year': year!,
  };
}
