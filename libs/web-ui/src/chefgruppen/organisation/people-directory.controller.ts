import { Body, Get, Post, Query } from '@nestjs/common';
import { own } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { OrganisationService, PersonDto } from '@ledelsesrum/api/organisation';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf, readForm } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { FormPage, ShowFormAgain } from '../../common/form-page';
import { changeOrErrors } from './change-errors';
import { NEW_PERSON_LABELS, newPersonPage } from './new-person.page';
import { organisationPaths } from './paths';
import { peopleSearchPage } from './people-search.page';
import { newPerson } from './person-change';
import { readOrganisationView } from './view';

/** The new-person form's fields, empty, with the choices a new person most often has. */
const NEW_PERSON_FORM = {
  id: '',
  name: '',
  email: '',
  areaId: '',
  level: 'leder',
  experienced: 'nej',
  managerId: '',
  language: 'da',
};

/**
 * Finding people (searched at the server, in the names as decrypted for the page) and adding one as
 * `POST /api/people` does: the same DTO, the same rules, each refusal at its field, shown again on the form's page
 * (Post/Redirect/Get). Callers: chefgruppen only.
 */
@WebPages('chefgruppen/organisation')
export class OrganisationPeopleDirectoryController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get('personer')
  @Roles('chefgruppen')
  async search(@Page() context: PageContext, @Query('q') q?: unknown, @Query('omraade') omraade?: unknown) {
    const view = await readOrganisationView(this.organisation);
    const text = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 200) : '');
    return peopleSearchPage(context, view, { query: text(q), areaId: text(omraade) });
  }

  @Get('ny-person')
  @Roles('chefgruppen')
  async showAdd(@Page() context: PageContext) {
    const view = await readOrganisationView(this.organisation);
    return newPersonPage(context, view, context.shown?.form ?? { values: NEW_PERSON_FORM, errors: {} });
  }

  @Post('ny-person')
  @Roles('chefgruppen')
  @FormPage({ labels: NEW_PERSON_LABELS })
  async add(@Page() context: PageContext, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const values = Object.fromEntries(
      Object.keys(NEW_PERSON_FORM).map((name) => [name, typeof fields[name] === 'string' ? fields[name] : '']),
    );
    const form = await readForm(PersonDto, newPerson(fields));
    let errors = 'errors' in form ? form.errors : undefined;
    if ('value' in form) {
      const person = form.value;
      errors = await changeOrErrors(
        () =>
          this.organisation.execute(
            async (state) => ({
              type: 'AddPerson',
              person: await this.organisation.seal(person, own(state.people, person.id)),
            }),
            context.actor!,
          ),
        (field) => (Object.hasOwn(NEW_PERSON_LABELS, field) ? field : undefined),
        'id',
      );
    }
    if (errors) {
      const state = { values, errors };
      return new ShowFormAgain(state, async () =>
        newPersonPage(context, await readOrganisationView(this.organisation), state),
      );
    }
    return new Redirect(organisationPaths.done('person-tilfoejet'));
  }
}
