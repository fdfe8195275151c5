import { Get, Inject, Post } from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import { Roles } from '@ledelsesrum/api/auth';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { feedAddress, PublicationService } from '@ledelsesrum/api/publication';
import { Page, type PageContext } from '../../common/page-context';
import { shownName } from '../../common/person-label';
import { WebPages } from '../../common/web-page.decorator';
import { PageResult } from '../../common/web-page.interceptor';
import { PeopleDirectory } from '../cycles/people';
import { publicationPage, type FeedSettings } from './publication.page';

/**
 * Chefgruppen's page for how the organisation hears of the rounds, and the new feed token. Callers: chefgruppen only.
 * Making a token answers the page itself rather than redirecting: the token is shown this once, and kept in no cookie
 * or address on the way to another page. Sending the form again makes another token, which is what it says.
 */
@WebPages('chefgruppen/offentliggoerelse')
@Roles('chefgruppen')
export class PublicationController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publication: PublicationService,
    private readonly organisation: OrganisationService,
  ) {}

  @Get()
  async show(@Page() context: PageContext) {
    return publicationPage(context, await this.settings(context));
  }

  @Post('feed-token')
  async rotate(@Page() context: PageContext) {
    const token = await this.publication.rotateFeedToken(context.actor!);
    const newAddress = feedAddress(this.config.publicUrl, token);
    return new PageResult(200, publicationPage(context, { ...(await this.settings(context)), newAddress }));
  }

  private async settings(context: PageContext): Promise<FeedSettings> {
    const token = await this.publication.feedToken();
    const person = token && new PeopleDirectory(await this.organisation.read()).person(token.rotatedBy);
    const rotatedByName = person?.name === undefined ? undefined : shownName(context.language, person.name);
    return { token, rotatedByName };
  }
}
