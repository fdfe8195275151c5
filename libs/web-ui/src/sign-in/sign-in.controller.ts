import {
  Body,
  ForbiddenException,
  Get,
  Headers,
  Inject,
  Logger,
  NotFoundException,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import type { Role, WebSessions } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { Public } from '@ledelsesrum/api/auth';
import { RequestIdParam } from '@ledelsesrum/api/common';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { RateLimit } from '@ledelsesrum/api/rate-limit';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { message, refusal } from '@ledelsesrum/messages';
import { WEB_SESSIONS } from '../common/web-tokens';
import { readCookies, sessionCookieName } from '../common/cookies';
import { EMPTY_FORM, type FormState } from '../common/form-fields';
import { Page, type PageContext } from '../common/page-context';
import type { PageResponse } from '../common/page-headers';
import { fieldsOf, optional, readForm } from '../common/read-form';
import { localPath, Redirect } from '../common/redirect';
import { roleHome } from '../common/roles-text';
import { WebPages } from '../common/web-page.decorator';
import { ShowFormAgain } from '../common/form-page';
import { DevSignInDto } from './dev-sign-in.dto';
import { clearSessionCookie, setSessionCookies } from './session-cookies';
import { signInPage, type SignInChoice } from './sign-in.page';

/**
 * Signing in and out. In production the organisation's OpenID Connect provider signs people in; with development
 * tokens on (by default only on a loopback HOST without a provider) this page lets a developer pick a person and a
 * role instead. Callers: anyone (the pages themselves are the way in), but the development sign-in and its list of
 * people only for callers it is usable for (see DevSignIn). Signing out needs the session's form token.
 */
@WebPages('log-ind')
@Public()
export class SignInController {
  private readonly logger = new Logger('auth');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEB_SESSIONS) private readonly sessions: WebSessions,
    private readonly organisation: OrganisationService,
  ) {}

  @Get()
  async show(@Page() context: PageContext, @Query('tilbage') back?: string) {
    const shown = context.shown?.form;
    const choices = await this.choices(context);
    return signInPage(
      context,
      choices,
      shown ?? EMPTY_FORM,
      this.options(context),
      localPath(back ?? shown?.values['tilbage'], ''),
    );
  }

  @Post()
  @RateLimit('sign-in')
  async signIn(
    @Page() context: PageContext,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: PageResponse,
    @RequestIdParam() requestId: string | undefined,
  ) {
    if (!context.devSignIn.on) {
      this.refused(requestId, 'udviklingslogin er slået fra / development sign-in is off');
      throw refusal(message('web.sign-in.dev.off'), (line) => new NotFoundException(line));
    }
    if (!context.devSignIn.usable) {
      this.refused(requestId, 'kalderen er ikke på denne maskine / the caller is not on this machine');
      throw refusal(message('web.sign-in.dev.not-this-machine'), (line) => new ForbiddenException(line));
    }
    const fields = fieldsOf(body);
    const back = localPath(fields['tilbage'], '');
    const form = await readForm(DevSignInDto, {
      role: fields['role'],
      ...(optional(fields['personId']) ? { personId: optional(fields['personId']) } : {}),
    });
    const choices = await this.choices(context);
    if ('errors' in form) {
      this.refused(requestId, `ugyldig formular / invalid form (${Object.keys(form.errors).join(', ')})`);
      const state: FormState = {
        values: { role: String(fields['role'] ?? ''), personId: String(fields['personId'] ?? ''), tilbage: back },
        errors: form.errors,
      };
      return new ShowFormAgain(state, () => signInPage(context, choices, state, this.options(context), back));
    }
    const { role, personId } = form.value;
    const person = personId === undefined ? undefined : choices.find((choice) => choice.id === personId);
    if (personId !== undefined && !person) {
      this.refused(requestId, 'personen findes ikke i organisationen / no such person in the organisation');
      const state: FormState = {
        values: { role, personId, tilbage: back },
        errors: { personId: message('web.sign-in.dev.person.unknown') },
      };
      return new ShowFormAgain(state, () => signInPage(context, choices, state, this.options(context), back));
    }
    const id = person?.id ?? `udvikler-${role}`;
    const session = await this.sessions.issue({ id, roles: [role] }, person?.name);
    setSessionCookies(response, this.config, session, context.languageChosen ? undefined : person?.language);
    return new Redirect(back || roleHome(role as Role));
  }

  private options(context: PageContext) {
    return { devSignIn: context.devSignIn, oidc: this.config.oidc?.webSignIn !== undefined };
  }

  /** The organisation's people, names and all: only for a reader the development sign-in is usable for. */
  private async choices(context: PageContext): Promise<SignInChoice[]> {
    if (!context.devSignIn.usable) return [];
    const organisation = await this.organisation.read();
    const facilitators = new Set(organisation.groups.map((group) => group.facilitatorId));
    const areas = new Map(organisation.areas.map((area) => [area.id, area.name]));
    return organisation.people
      .map((person) => ({
        id: person.id,
        name: person.name ?? person.id,
        area: areas.get(person.areaId) ?? person.areaId,
        level: person.level,
        facilitator: facilitators.has(person.id),
        ...(person.language ? { language: person.language } : {}),
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  private refused(requestId: string | undefined, reason: string): void {
    this.logger.warn(`Udviklingslogin afvist / Development sign-in refused (request ${requestId ?? '-'}): ${reason}`);
  }
}

/**
 * Signing out: the session ends at the server, so the cookie's value no longer works anywhere, even where it was
 * copied; then the cookie goes. Callers: a signed-in person, with the form token of their own pages.
 */
@WebPages('log-ud')
@Public()
export class SignOutController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEB_SESSIONS) private readonly sessions: WebSessions,
  ) {}

  @Post()
  async signOut(@Headers('cookie') cookies: string | undefined, @Res({ passthrough: true }) response: PageResponse) {
    const id = readCookies(cookies)[sessionCookieName(this.config.publicUrl)];
    if (id) await this.sessions.revoke(id);
    clearSessionCookie(response, this.config);
    return new Redirect('/log-ind');
  }
}
