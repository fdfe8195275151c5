import { Get, Param, Post } from '@nestjs/common';
import { Roles } from '@ledelsesrum/api/auth';
import { OrganisationService } from '@ledelsesrum/api/organisation';
import { PersonalDataService } from '@ledelsesrum/api/people';
import { Page, type PageContext } from '../../common/page-context';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { erasurePage } from './erasure.page';
import { organisationPaths } from './paths';
import { personOf, readOrganisationView } from './view';

/**
 * Erasing a person's personal data as `DELETE /api/people/:id/personal-data` does (their key destroyed, the events
 * kept), after a page that names what it does. Callers: chefgruppen only, both routes.
 */
@WebPages('chefgruppen/organisation/personer')
export class PersonErasureController {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get(':personId/slet')
  @Roles('chefgruppen')
  async confirm(@Page() context: PageContext, @Param('personId') personId: string) {
    return erasurePage(context, personOf(await readOrganisationView(this.organisation), personId));
  }

  /** Erasing twice is what was asked: the second time records nothing. */
  @Post(':personId/slet')
  @Roles('chefgruppen')
  async erase(@Page() context: PageContext, @Param('personId') personId: string) {
    const person = personOf(await readOrganisationView(this.organisation), personId);
    await this.personalData.erase(person.id, context.actor!);
    return new Redirect(organisationPaths.done('persondata-slettet'));
  }
}
