import { Body, Get, Post, Query } from '@nestjs/common';
import { composeGroups, currentDocument } from '@ledelsesrum/domain';
import { Roles } from '@ledelsesrum/api/auth';
import { AdoptGroupsDto, ComposeGroupsDto, OrganisationService } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../../common/form-fields';
import { Page, type PageContext } from '../../common/page-context';
import { fieldsOf, readForm } from '../../common/read-form';
import { Redirect } from '../../common/redirect';
import { WebPages } from '../../common/web-page.decorator';
import { PageResult } from '../../common/web-page.interceptor';
import { ShowFormAgain } from '../../common/form-page';
import { changeOrErrors } from './change-errors';
import { composePage } from './compose.page';
import { organisationPaths } from './paths';
import { proposalSection, type ProposalBasis } from './proposal';
import { composable, readOrganisationView, type OrganisationView } from './view';

/**
 * Composing the groups as `POST /api/organisation/groups/compose` proposes them, and adopting a proposal as
 * `POST /api/organisation/groups/adopt` does: the same DTOs, the same composition, the same change. Callers:
 * chefgruppen only, both routes.
 */
@WebPages('chefgruppen/organisation/sammensaet')
export class OrganisationCompositionController {
  constructor(private readonly organisation: OrganisationService) {}

  /** The options; with them in the address, the proposal too. Proposing changes nothing, so it is a GET. */
  @Get()
  @Roles('chefgruppen')
  async show(@Page() context: PageContext, @Query('count') count?: string, @Query('seed') seed?: string) {
    const view = await readOrganisationView(this.organisation);
    if (context.shown) return composePage(context, view, context.shown.form, undefined);
    const state: FormState = { values: { count: count ?? '11', seed: seed ?? '1' }, errors: {} };
    if ((count === undefined && seed === undefined) || view.people.length === 0) {
      return composePage(context, view, state, undefined);
    }
    const options = await readOptions(state);
    if ('errors' in options) return new PageResult(400, composePage(context, view, options, undefined));
    return composePage(context, view, state, this.proposal(context, view, { ...options, revision: view.revision }));
  }

  /** Adopts the proposal made from the options sent, if the organisation is still the one it was made from. */
  @Post()
  @Roles('chefgruppen')
  async adopt(@Page() context: PageContext, @Body() body: unknown) {
    const fields = fieldsOf(body);
    const state: FormState = { values: { count: text(fields['count']), seed: text(fields['seed']) }, errors: {} };
    const view = await readOrganisationView(this.organisation);
    const options = await readOptions(state);
    if ('errors' in options) return new ShowFormAgain(options, () => composePage(context, view, options, undefined));
    const basis = { ...options, revision: view.revision };
    if (text(fields['revision']) !== String(view.revision)) {
      // Proposed again from the organisation as it is now, the options as they were chosen.
      const changed = {
        ...state,
        errors: { count: message('web.chefgruppen.organisation.composition.changed-since-proposal') },
      };
      return new ShowFormAgain(changed, () => composePage(context, view, changed, undefined));
    }
    const proposal = composeGroups(composable(view.people), basis);
    const adopt = await readForm(AdoptGroupsDto, { groups: proposal.groups });
    const errors =
      'errors' in adopt
        ? { count: Object.values(adopt.errors)[0]! }
        : await changeOrErrors(
            () =>
              this.organisation.execute(
                // As the API adopts: the groups replace every group; areas and people stay as they are.
                (current) => ({
                  type: 'ImportOrganisation',
                  ...currentDocument(current),
                  groups: adopt.value.groups.map((group) => ({ ...group })),
                }),
                context.actor!,
              ),
            () => undefined,
            'count',
          );
    if (errors) {
      const refused = { ...state, errors };
      return new ShowFormAgain(refused, () => composePage(context, view, refused, this.proposal(context, view, basis)));
    }
    return new Redirect(organisationPaths.done('grupper'));
  }

  private proposal(context: PageContext, view: OrganisationView, basis: ProposalBasis) {
    return proposalSection(context, view, composeGroups(composable(view.people), basis), basis);
  }
}

/** The options as ComposeGroupsDto takes them: numbers, or what was typed for the DTO to refuse. */
async function readOptions(state: FormState): Promise<FormState | { count: number; seed: number }> {
  const number = (value: unknown) =>
    value === '' ? undefined : /^-?\d{1,10}$/.test(String(value)) ? Number(value) : value;
  const form = await readForm(ComposeGroupsDto, {
    count: number(state.values['count']),
    seed: number(state.values['seed']),
  });
  if ('errors' in form) return { ...state, errors: form.errors };
  return { count: form.value.count ?? 11, seed: form.value.seed ?? 1 };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
