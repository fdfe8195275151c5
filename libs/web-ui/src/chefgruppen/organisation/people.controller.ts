import { Body, Get, Param, Post } from '@nestjs/common';
import { own } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { ChangePersonDto, OrganisationService } from '@ledelsesrum/api/organisation';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf, readForm } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { ShowFormAgain } from '../../common/form-page';
import { changeOrErrors } from './change-errors';
import { leavePage } from './leave.page';
import { organisationPaths } from './paths';
import { personChange, personFormValues } from './person-change';
import { personPage } from './person.page';
import { PERSON_LABELS } from './person.page';
import { personOf, readOrganisationView } from './view';

/**
 * Changing one person, as `PATCH /api/people/:id` and `POST /api/people/:id/leave` do, validated with the same DTO and
 * decided by the same rules. Callers: chefgruppen only, every route.
 */
@WebPages('chefgruppen/organisation/personer')
export class OrganisationPeopleController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get(':personId')
  @Roles('chefgruppen')
  async show(@Page() context: PageContext, @Param('personId') personId: string) {
    const view = await readOrganisationView(this.organisation);
    const person = personOf(view, personId);
    return personPage(context, view, person, context.shown?.form ?? { values: personFormValues(person), errors: {} });
  }

  @Post(':personId')
  @Roles('chefgruppen')
  async change(@Page() context: PageContext, @Param('personId') personId: string, @Body() body: unknown) {
    const view = await readOrganisationView(this.organisation);
    const person = personOf(view, personId);
    const fields = fieldsOf(body);
    const values = Object.fromEntries(
      Object.keys(personFormValues(person)).map((name) => [name, typeof fields[name] === 'string' ? fields[name] : '']),
    );
    const change = personChange(person, fields);
    const form = await readForm(ChangePersonDto, change);
    let errors = 'errors' in form ? form.errors : undefined;
    if ('value' in form && Object.keys(change).length > 0) {
      errors = await changeOrErrors(
        () => this.organisation.changePerson(person.id, form.value, context.actor!),
        // Only a new level can break the facilitator rule from this form.
        (field) => (field === 'facilitatorId' ? 'level' : Object.hasOwn(PERSON_LABELS, field) ? field : undefined),
        'name',
      );
    }
    if (errors) {
      const state = { values, errors };
      return new ShowFormAgain(state, () => personPage(context, view, person, state));
    }
    return new Redirect(organisationPaths.done('person-gemt'));
  }

  @Get(':personId/fratraed')
  @Roles('chefgruppen')
  async confirmLeave(@Page() context: PageContext, @Param('personId') personId: string) {
    const view = await readOrganisationView(this.organisation);
    const person = personOf(view, personId);
    return leavePage(context, person, facilitatedBy(view.groups, person.id), context.shown?.form.errors['leave']);
  }

  @Post(':personId/fratraed')
  @Roles('chefgruppen')
  async leave(@Page() context: PageContext, @Param('personId') personId: string) {
    const view = await readOrganisationView(this.organisation);
    // The same form sent twice: the person has left already, which is what was asked.
    if (own(view.state.people, personId)?.leftAt !== undefined)
      return new Redirect(organisationPaths.done('fratraadt'));
    const person = personOf(view, personId);
    const errors = await changeOrErrors(
      () => this.organisation.execute(() => ({ type: 'PersonLeaves', id: person.id }), context.actor!),
      () => undefined,
      'leave',
    );
    if (errors) {
      const refused = errors['leave'];
      const page = () => leavePage(context, person, facilitatedBy(view.groups, person.id), refused);
      return new ShowFormAgain({ values: {}, errors }, page);
    }
    return new Redirect(organisationPaths.done('fratraadt'));
  }
}

function facilitatedBy<G extends { facilitatorId: string }>(groups: readonly G[], personId: string): G[] {
  return groups.filter((group) => group.facilitatorId === personId);
}
