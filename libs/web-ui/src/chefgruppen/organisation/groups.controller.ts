import { Body, Get, Param, Post } from '@nestjs/common';
import { DomainErrorCode } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { FacilitatorRefDto, OrganisationService } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { fieldsOf, readForm, type FieldErrors } from '../../common/read-form';
import { Page, type PageContext } from '../../common/page-context';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { ShowFormAgain } from '../../common/form-page';
import { changeOrErrors } from './change-errors';
import { facilitatorPage } from './facilitator.page';
import { moveMember } from './member-move';
import { movePage } from './move.page';
import { organisationPaths } from './paths';
import { groupOf, personOf, readOrganisationView, type OrganisationView } from './view';

const CHOOSE: FieldErrors[string] = message('web.chefgruppen.organisation.groups.choose-an-option');

/**
 * Changing the groups one member or one facilitator at a time, as `POST`/`DELETE /api/groups/:id/members` and
 * `PUT /api/groups/:id/facilitator` do, with the same rules. Callers: chefgruppen only, every route.
 */
@WebPages('chefgruppen/organisation')
export class OrganisationGroupsController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get('personer/:personId/flyt')
  @Roles('chefgruppen')
  async showMove(@Page() context: PageContext, @Param('personId') personId: string) {
    const view = await readOrganisationView(this.organisation);
    return movePage(context, view, personOf(view, personId), context.shown?.form ?? { values: {}, errors: {} });
  }

  @Post('personer/:personId/flyt')
  @Roles('chefgruppen')
  async move(@Page() context: PageContext, @Param('personId') personId: string, @Body() body: unknown) {
    const view = await readOrganisationView(this.organisation);
    const person = personOf(view, personId);
    const fields = fieldsOf(body);
    const values = { fra: text(fields['fra']), til: text(fields['til']) };
    let errors: FieldErrors | undefined = moveErrors(view, person.id, values);
    if (!errors) {
      const { fra, til } = values;
      errors = await changeOrErrors(
        () =>
          moveMember(
            this.organisation,
            { personId: person.id, ...(fra ? { fromGroupId: fra } : {}), ...(til ? { toGroupId: til } : {}) },
            context.actor!,
          ),
        () => undefined,
        (error) => (error.code === DomainErrorCode.PersonIsFacilitator ? 'fra' : 'til'),
      );
    }
    if (errors) {
      const state = { values, errors };
      return new ShowFormAgain(state, () => movePage(context, view, person, state));
    }
    return new Redirect(organisationPaths.done('flyttet'));
  }

  @Get('grupper/:groupId/facilitator')
  @Roles('chefgruppen')
  async showFacilitator(@Page() context: PageContext, @Param('groupId') groupId: string) {
    const view = await readOrganisationView(this.organisation);
    const group = groupOf(view, groupId);
    const state = context.shown?.form ?? { values: { facilitatorId: group.facilitatorId }, errors: {} };
    return facilitatorPage(context, view, group, state);
  }

  @Post('grupper/:groupId/facilitator')
  @Roles('chefgruppen')
  async changeFacilitator(@Page() context: PageContext, @Param('groupId') groupId: string, @Body() body: unknown) {
    const view = await readOrganisationView(this.organisation);
    const group = groupOf(view, groupId);
    const values = { facilitatorId: text(fieldsOf(body)['facilitatorId']) };
    const form = await readForm(FacilitatorRefDto, values);
    let errors = 'errors' in form ? form.errors : undefined;
    if ('value' in form && form.value.facilitatorId !== group.facilitatorId) {
      const { facilitatorId } = form.value;
      errors = await changeOrErrors(
        () =>
          this.organisation.execute(
            () => ({ type: 'ChangeFacilitator', groupId: group.id, facilitatorId }),
            context.actor!,
          ),
        (field) => (field === 'facilitatorId' ? field : undefined),
        'facilitatorId',
      );
    }
    if (errors) {
      const state = { values, errors };
      return new ShowFormAgain(state, () => facilitatorPage(context, view, group, state));
    }
    return new Redirect(organisationPaths.done('facilitator'));
  }
}

/** The choices must be ones the form offered: a group the person is in, and one they are not in (or none). */
function moveErrors(
  view: OrganisationView,
  personId: string,
  values: { fra: string; til: string },
): FieldErrors | undefined {
  const current = view.groupsOf(personId).map((group) => group.id);
  if (current.length > 0 && !current.includes(values.fra)) return { fra: CHOOSE };
  if (current.length === 0 && values.fra !== '') return { fra: CHOOSE };
  const other = view.group(values.til) !== undefined && !current.includes(values.til);
  if (!(other || (values.til === '' && current.length > 0))) return { til: CHOOSE };
  return undefined;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
