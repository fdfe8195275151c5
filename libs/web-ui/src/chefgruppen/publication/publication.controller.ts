import { Body, Get, Inject, Post, Query } from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import { Roles } from '@ledelsesrum/api/auth';
import { APP_CONFIG } from '@ledelsesrum/api/infrastructure';
import { OrganisationService, type PlainOrganisation } from '@ledelsesrum/api/organisation';
import { feedAddress, PublicationService } from '@ledelsesrum/api/publication';
import { Page, type PageContext } from '../../common/page-context';
import { shownName } from '../../common/person-label';
import { WebPages } from '../../common/web-page.decorator';
import { PageResult } from '../../common/web-page.interceptor';
import { FormPage, ShowFormAgain } from '../../common/form-page';
import type { FormState } from '../../common/form-fields';
import { Redirect } from '../../common/redirect';
import { PeopleDirectory } from '../cycles/people';
import { typedValues } from '../../common/typed-values';
import { readDistributionLists, refusalAtRow } from './distribution-lists-form';
import { distributionListsSection } from './distribution-lists-section';
import { PUBLICATION_PATH, publicationPage, type FeedSettings } from './publication.page';

/** The name of the lists' form among the page's forms, for the form shown again. */
const LISTS_FORM = 'lister';

/**
 * Chefgruppen's page for how the organisation hears of the rounds, and the new feed token. Callers: chefgruppen only.
 * Making a token answers the page itself rather than redirecting: the token is shown this once, and kept in no cookie
 * or address on the way to another page. Sending the form again makes another token, which is what it says. The
 * distribution lists' form is post/redirect/get: refused, it comes back with what was typed.
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
  async show(@Page() context: PageContext, @Query('gemt') saved?: string) {
    const shown = context.shown?.name === LISTS_FORM ? context.shown.form : undefined;
    return this.page(context, await this.settings(context), shown, saved === LISTS_FORM);
  }

  @Post('feed-token')
  async rotate(@Page() context: PageContext) {
    const token = await this.publication.rotateFeedToken(context.actor!);
    const newAddress = feedAddress(this.config.publicUrl, token);
    return new PageResult(
      200,
      await this.page(context, { ...(await this.settings(context)), newAddress }, undefined, false),
    );
  }

  @Post('lister')
  @FormPage({ path: PUBLICATION_PATH })
  async setLists(@Page() context: PageContext, @Body() body: unknown) {
    const read = await readDistributionLists(body);
    const again = (form: FormState) =>
      new ShowFormAgain(form, async () => this.page(context, await this.settings(context), form, false), LISTS_FORM);
    if ('form' in read) return again(read.form);
    try {
      await this.publication.setDistributionLists(context.actor!, read.typed.lists);
    } catch (error) {
      const errors = refusalAtRow(error, read.typed.rows);
      if (errors === undefined) throw error;
      return again({ values: typedValues(body), errors });
    }
    return new Redirect(`${PUBLICATION_PATH}?gemt=${LISTS_FORM}#fordelingslister`);
  }

  private async page(context: PageContext, feed: FeedSettings, form: FormState | undefined, saved: boolean) {
    const [inForce, organisation] = await Promise.all([this.publication.distributionLists(), this.organisation.read()]);
    const lists = distributionListsSection(context, {
      inForce,
      setByName: inForce && nameOf(context, organisation, inForce.setBy),
      areas: organisation.areas,
      saved,
      ...(form ? { form } : {}),
    });
    return publicationPage(context, feed, lists);
  }

  private async settings(context: PageContext): Promise<FeedSettings> {
    const token = await this.publication.feedToken();
    const rotatedByName = token && nameOf(context, await this.organisation.read(), token.rotatedBy);
    return { token, rotatedByName };
  }
}

/** Who made a change, by name as the reader's language shows it; undefined once the organisation no longer knows them. */
function nameOf(context: PageContext, organisation: PlainOrganisation, personId: string): string | undefined {
  const name = new PeopleDirectory(organisation).person(personId)?.name;
  return name === undefined ? undefined : shownName(context.language, name);
}
