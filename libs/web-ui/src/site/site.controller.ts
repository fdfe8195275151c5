import { Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ROLES } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { isLanguage } from '@ledelsesrum/domain';
import { Public } from '@ledelsesrum/api/auth';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { Page, type PageContext } from '../common/page-context';
import type { PageResponse } from '../common/page-headers';
import { localPath, Redirect } from '../common/redirect';
import { roleHome } from '../common/roles-text';
import { WebPages } from '../common/web-page.decorator';
import { languageCookie } from '../sign-in/session-cookies';
import { accessibilityStatementPage } from './accessibility-statement.page';

/** The site's own pages: the way in, the language switch and the accessibility statement. Callers: anyone. */
@WebPages('')
@Public()
export class SiteController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The start page is the signed-in person's first role's page (chefgruppen's before the others), or the sign-in. */
  @Get()
  home(@Page() context: PageContext): Redirect {
    const role = ROLES.find((candidate) => context.session?.roles.includes(candidate));
    return new Redirect(role ? roleHome(role) : '/log-ind');
  }

  /** A link rather than a form, so it works in every page without a token; it only sets a preference. */
  @Get('sprog/:language')
  language(
    @Param('language') language: string,
    @Query('tilbage') back: string | undefined,
    @Res({ passthrough: true }) response: PageResponse,
  ): Redirect {
    if (isLanguage(language)) response.setHeader('Set-Cookie', languageCookie(this.config, language));
    return new Redirect(localPath(back, '/'));
  }

  @Get('tilgaengelighed')
  accessibility(@Page() context: PageContext) {
    return accessibilityStatementPage(context, {
      site: this.config.publicUrl,
      email: this.config.accessibilityContact,
      phone: this.config.accessibilityPhone,
    });
  }
}
