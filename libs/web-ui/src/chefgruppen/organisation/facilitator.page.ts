import { FACILITATOR_LEVELS, type Group } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { csrfField, errorSummary, selectField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import type { OrganisationView } from './view';

export const FACILITATOR_LABELS: Readonly<Record<string, Text>> = {
  facilitatorId: message('web.chefgruppen.organisation.facilitator.label.facilitator'),
};

/**
 * `GET/POST /chefgruppen/organisation/grupper/:id/facilitator`: another chef or direktør facilitates the group, as
 * `PUT /api/groups/:id/facilitator` does. Only chefs and direktører are offered, the rule the domain keeps.
 */
export function facilitatorPage(context: PageContext, view: OrganisationView, group: Group, state: FormState): Html {
  const { language } = context;
  const candidates = view.people.filter((person) => FACILITATOR_LEVELS.includes(person.level));
  const member = message('web.chefgruppen.organisation.facilitator.member-of-the-group');
  return layout(context, {
    title: message('web.chefgruppen.organisation.common.change-the-facilitator-of', { group: group.name }),
    trail: ORGANISATION_TRAIL,
    hasErrors: Object.keys(state.errors).length > 0,
    body: html`${errorSummary(context, state, FACILITATOR_LABELS)}
      <dl class="facts">
        <dt>${say(language, message('web.chefgruppen.organisation.facilitator.facilitator-now'))}</dt>
        <dd>${view.name(group.facilitatorId)}</dd>
        <dt>${say(language, message('web.chefgruppen.organisation.common.members'))}</dt>
        <dd>${group.memberIds.length}</dd>
      </dl>
      <form method="post" action="${organisationPaths.facilitator(group.id)}" novalidate>
        ${csrfField(context)}
        ${selectField(context, state, {
          name: 'facilitatorId',
          label: FACILITATOR_LABELS['facilitatorId']!,
          hint: message('web.chefgruppen.organisation.facilitator.facilitator.hint'),
          choices: candidates.map((person) => ({
            value: person.id,
            label: `${person.name} – ${say(language, message(`web.chefgruppen.organisation.level.${person.level}`))}, ${view.areaName(person.areaId)}${
              group.memberIds.includes(person.id) ? ` (${say(language, member)})` : ''
            }`,
          })),
        })}
        <div class="actions">
          <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.common.change-facilitator'))}</button>
          <a href="${organisationPaths.overview}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
        </div>
      </form>`,
  });
}
