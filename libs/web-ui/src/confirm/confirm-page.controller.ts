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
import { problemsOf, shownAgain, type Problems } from './confirm-flash';
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

type Outcome = 'confirmed' | 'corrected' | 'withdrawn';

/** An opened link: its token, what it was signed for, and where its person stands now. */
interface OpenedLink {
  readonly token: string;
  readonly claims: ConfirmLinkClaims;
  readonly view: ConfirmLinkView;
}

/**
 * What a post that succeeded leaves its name for on the link's page, which then says so once: the status the person
 * has while it still holds (not withdrawn in another tab meanwhile), and the page. `more`: what the person can still do.
 */
const OUTCOMES: Readonly<
  Record<Outcome, { readonly holds: ConfirmLinkView['status']; page(link: OpenedLink, more?: Html): string }>
> = {
  confirmed: { holds: 'confirmed', page: (link, more) => receiptPage(link.view.theme, more) },
  corrected: { holds: 'confirmed', page: (link) => correctedPage(link.view.theme, link.token) },
  withdrawn: { holds: 'pending', page: (link) => withdrawnPage(link.view.theme, link.token) },
};

/** The outcome a flash names, if it names one. */
function outcomeOf(flash: FormFlash | undefined) {
  const name = flash?.name;
  return name !== undefined && Object.hasOwn(OUTCOMES, name) ? OUTCOMES[name as Outcome] : undefined;
}

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
 * and cycle only. GET never changes anything, because mail scanners open links before people do; only the forms' posts
 * change something. Under it, `/ret` corrects and `/traek-tilbage` withdraws the confirmation given, while the round
 * is not completed. Every post answers 303 (Post/Redirect/Get): a form with errors back to its own page, which shows it
 * again with what was typed and its errors; a form that succeeded to the link's page, which shows the receipt once
 * (both kept for the redirect in a sealed cookie). Answers: 200 form or receipt, 409 already confirmed (or released,
 * or too early, or nothing to correct), 410 expired or no longer the person's to use (released, left, erased), 404
 * invalid.
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
    return this.onLink(token, response, async (link) => {
      const outcome = outcomeOf(flash);
      if (outcome?.holds === link.view.status)
        return { status: HttpStatus.OK, html: outcome.page(link, this.moreFor(link)) };
      if (link.view.status !== 'pending') return statePage(link.view, HttpStatus.OK, this.moreFor(link));
      return { status: HttpStatus.OK, html: confirmFormPage({ ...this.formHeading(link.view), ...problemsOf(flash) }) };
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
    return this.onLink(token, response, async (link) => {
      if (link.view.status !== 'pending') return statePage(link.view, HttpStatus.CONFLICT, this.moreFor(link));
      return this.confirmation(link, body, requestId, { request, response }, false);
    });
  }

  /** The form to correct the confirmation, filled in with it as it stands, or as typed when it was refused. */
  @Get(':token/ret')
  showCorrection(
    @Param('token') token: string,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    const flash = this.flashes.take(request, response);
    return this.onCorrectable(token, response, HttpStatus.OK, async (link) => {
      const own = await this.links.ownConfirmation(link.claims);
      if (!own) return this.nothingToCorrect(link, HttpStatus.OK);
      const stored = { ...dateParts(copenhagenDay(own.passedOnAt)), channel: own.channel, note: own.note ?? '' };
      const form = flash ? problemsOf(flash) : { values: stored, fieldErrors: {}, formErrors: [] };
      return {
        status: HttpStatus.OK,
        html: confirmFormPage({ ...this.formHeading(link.view), ...form, correcting: true }),
      };
    });
  }

  @Post(':token/ret')
  correct(
    @Param('token') token: string,
    @Body() body: unknown,
    @RequestIdParam() requestId: string | undefined,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    return this.onCorrectable(token, response, HttpStatus.CONFLICT, (link) =>
      this.confirmation(link, body, requestId, { request, response }, true),
    );
  }

  /** Asks first: what withdrawing the confirmation means, and why (again with what was typed, when it was refused). */
  @Get(':token/traek-tilbage')
  showWithdrawal(
    @Param('token') token: string,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    const flash = this.flashes.take(request, response);
    return this.onCorrectable(token, response, HttpStatus.OK, async (link) => {
      const typed = flash?.form.values['reason'];
      const error = flash?.form.errors['reason'];
      const page = { theme: link.view.theme, token, reason: typeof typed === 'string' ? typed : '' };
      return { status: HttpStatus.OK, html: withdrawalPage({ ...page, ...(error ? { error } : {}) }) };
    });
  }

  @Post(':token/traek-tilbage')
  withdraw(
    @Param('token') token: string,
    @Body() body: unknown,
    @RequestIdParam() requestId: string | undefined,
    @Req() request: WebRequest,
    @Res({ passthrough: true }) response: PageResponse,
  ): Promise<string> {
    return this.onCorrectable(token, response, HttpStatus.CONFLICT, async (link) => {
      const given = fieldsOf(body)['reason'];
      const reason = typeof given === 'string' ? given.trim() : '';
      const form = await readForm(ReasonDto, { reason });
      if ('errors' in form) {
        const error = form.errors['reason'] ?? message('web.corrections.withdraw.reason');
        if (this.backTo(response, pathOf(request), { form: { values: { reason }, errors: { reason: error } } })) {
          return SEE_THE_PAGE;
        }
        return {
          status: HttpStatus.BAD_REQUEST,
          html: withdrawalPage({ theme: link.view.theme, token, reason, error }),
        };
      }
      try {
        await this.links.withdraw(link.claims, reason, requestId);
      } catch (error) {
        return this.whereItStands(link, error);
      }
      return this.toLinkPage(link, response, 'withdrawn');
    });
  }

  /**
   * The confirmation form, given or (`correcting`) corrected: read it, send the command, and answer with the link's
   * page; a form with errors, or a date the domain refuses, goes back to its own page.
   */
  private async confirmation(
    link: OpenedLink,
    body: unknown,
    requestId: string | undefined,
    { request, response }: { readonly request: WebRequest; readonly response: PageResponse },
    correcting: boolean,
  ): Promise<Page> {
    const formAgain = (problems: Problems, status: number): Page => {
      if (this.backTo(response, pathOf(request), { form: shownAgain(problems) })) return SEE_THE_PAGE;
      const page = { ...this.formHeading(link.view), ...problems, ...(correcting ? { correcting } : {}) };
      return { status, html: confirmFormPage(page) };
    };
    const form = await readConfirmForm(body);
    if ('problems' in form) return formAgain(form.problems, HttpStatus.BAD_REQUEST);
    const run = () => this.links.confirm(link.claims, form.dto, requestId, undefined, correcting);
    let confirmed: Awaited<ReturnType<typeof refusalAtField>>;
    try {
      confirmed = await refusalAtField(run, CASCADE_REFUSALS);
    } catch (error) {
      return this.whereItStands(link, error);
    }
    if ('errors' in confirmed) {
      // Refused for what the date says (before the summary, in the future): the form again, at that field.
      const problems = { values: confirmFormValues(fieldsOf(body)), fieldErrors: confirmed.errors, formErrors: [] };
      return formAgain(problems, confirmed.status);
    }
    return this.toLinkPage(link, response, correcting ? 'corrected' : 'confirmed');
  }

  /** Whether the person can still put their confirmation right from the page, and the way to do it. */
  private moreFor(link: OpenedLink): Html | undefined {
    return this.links.correctable(link.claims) ? correctionLinks(link.token) : undefined;
  }

  /**
   * A refusal because things changed meanwhile (the form sent twice, the round completed): where things stand. Any
   * other failure goes on to its error page.
   */
  private whereItStands(link: OpenedLink, error: unknown): Page {
    const conflict = isDomainError(error) || (error instanceof HttpException && error.getStatus() === 409);
    if (!conflict) throw error;
    const now = this.links.view(link.claims);
    return now.status !== 'pending'
      ? statePage(now, HttpStatus.CONFLICT, this.moreFor(link))
      : { status: HttpStatus.CONFLICT, html: errorPage(messageOf(error)) };
  }

  /** Nothing to correct (or no longer): where the link's person stands, the confirmation form if it is due again. */
  private nothingToCorrect(link: OpenedLink, status: number): Page {
    const view = this.links.view(link.claims);
    if (view.status !== 'pending') return statePage(view, status, undefined);
    const form = { ...this.formHeading(view), values: {}, fieldErrors: {}, formErrors: [] };
    return { status, html: confirmFormPage({ ...form, action: linkPath(link.token) }) };
  }

  /** What the form says above its fields: the round, the summary being confirmed and its deadline. */
  private formHeading(view: ConfirmLinkView) {
    const cycle = this.cycles.launched(view.cycleId);
    const deadline = cascadeDeadline(cycle);
    const summary = cycle.summary && deadline ? { text: cycle.summary.text, deadline } : undefined;
    return { theme: view.theme, expiresAt: view.expiresAt, ...(summary ? { summary } : {}) };
  }

  /** After a post that succeeded: to the link's page, which says so once; that page at once without a cookie. */
  private toLinkPage(link: OpenedLink, response: PageResponse, outcome: Outcome): Page {
    if (this.backTo(response, linkPath(link.token), { form: { values: {}, errors: {} }, name: outcome })) {
      return SEE_THE_PAGE;
    }
    return { status: HttpStatus.OK, html: OUTCOMES[outcome].page(link, this.moreFor(link)) };
  }

  /** Leaves the flash for the page at `path` and sends the browser there; false when the flash is too large. */
  private backTo(response: PageResponse, path: string, flash: FormFlash): boolean {
    if (!this.flashes.put(response, flash, path, undefined)) return false;
    response.setHeader('Location', path);
    return true;
  }

  /** Opens the link (its own pages for an invalid or expired one) and answers what `build` makes of it. */
  private onLink(token: string, response: PageResponse, build: (link: OpenedLink) => Promise<Page>): Promise<string> {
    return this.respond(response, async () => {
      const claims = await this.links.open(token);
      return build({ token, claims, view: this.links.view(claims) });
    });
  }

  /**
   * As onLink, for the pages that put a confirmation right: once there is nothing to correct, where the person stands
   * instead (with `status`: 200 for a page, 409 for a post).
   */
  private onCorrectable(
    token: string,
    response: PageResponse,
    status: number,
    build: (link: OpenedLink) => Promise<Page>,
  ): Promise<string> {
    return this.onLink(token, response, async (link) =>
      this.links.correctable(link.claims) ? build(link) : this.nothingToCorrect(link, status),
    );
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

/** The path a request was for, without its query: the form's own page for a post. */
function pathOf(request: WebRequest): string {
  return (request.originalUrl ?? request.url).split('?')[0]!;
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
