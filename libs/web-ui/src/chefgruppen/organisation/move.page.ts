import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { csrfField, errorSummary, selectField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import type { OrganisationView } from './view';

export const MOVE_LABELS: Readonly<Record<string, Text>> = {
  fra: message('web.chefgruppen.organisation.move.label.from'),
  til: message('web.chefgruppen.organisation.move.label.to'),
};

/**
 * `GET/POST /chefgruppen/organisation/personer/:id/flyt`: taking a member out of one group and into another (or only
 * one of the two), as `DELETE` and `POST /api/groups/:id/members` do.
 */
export function movePage(context: PageContext, view: OrganisationView, person: PlainPerson, state: FormState): Html {
  const { language } = context;
  const current = view.groupsOf(person.id);
  const others = view.groups.filter((group) => !current.includes(group));
  const noGroup = (text: Text) => ({ value: '', label: say(language, text) });
  return layout(context, {
    title: message('web.chefgruppen.organisation.move.title', { name: person.name }),
    trail: [
      ...ORGANISATION_TRAIL,
      { href: organisationPaths.person(person.id), label: { da: person.name, en: person.name } },
    ],
    hasErrors: Object.keys(state.errors).length > 0,
    body: html`${errorSummary(context, state, MOVE_LABELS)}
      <p>
        ${
          current.length === 0
            ? say(language, message('web.chefgruppen.organisation.move.in-no-group'))
            : say(
                language,
                message('web.chefgruppen.organisation.move.in-groups', {
                  groups: current.map((group) => group.name).join(', '),
                }),
              )
        }
        ${say(language, message('web.chefgruppen.organisation.move.a-meeting-round-already-under'))}
      </p>
      <form method="post" action="${organisationPaths.move(person.id)}" novalidate>
        ${csrfField(context)}
        ${
          current.length > 0
            ? selectField(context, state, {
                name: 'fra',
                label: MOVE_LABELS['fra']!,
                hint: message('web.chefgruppen.organisation.move.from.hint'),
                choices: current.map((group) => ({ value: group.id, label: group.name })),
              })
            : ''
        }
        ${selectField(context, state, {
          name: 'til',
          label: MOVE_LABELS['til']!,
          choices: [
            ...others.map((group) => ({ value: group.id, label: group.name })),
            ...(current.length > 0 ? [noGroup(message('web.chefgruppen.organisation.move.no-group-take-out'))] : []),
          ],
        })}
        <div class="actions">
          <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.common.move'))}</button>
          <a href="${organisationPaths.overview}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
        </div>
      </form>`,
  });
}
