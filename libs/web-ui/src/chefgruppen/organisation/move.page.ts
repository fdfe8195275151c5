import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { csrfField, errorSummary, selectField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import { NO_GROUP } from './texts';
import type { OrganisationView } from './view';

export const MOVE_LABELS: Readonly<Record<string, Text>> = {
  fra: { da: 'Fra gruppe', en: 'From group' },
  til: { da: 'Til gruppe', en: 'To group' },
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
    title: { da: `Flyt ${person.name}`, en: `Move ${person.name}` },
    trail: [
      ...ORGANISATION_TRAIL,
      { href: organisationPaths.person(person.id), label: { da: person.name, en: person.name } },
    ],
    hasErrors: Object.keys(state.errors).length > 0,
    body: html`${errorSummary(context, state, MOVE_LABELS)}
      <p>
        ${
          current.length === 0
            ? say(language, { da: 'Personen er ikke i nogen gruppe.', en: 'The person is in no group.' })
            : say(language, {
                da: `Personen er i ${current.map((group) => group.name).join(', ')}.`,
                en: `The person is in ${current.map((group) => group.name).join(', ')}.`,
              })
        }
        ${say(language, {
          da: 'En møderunde, der allerede er i gang, beholder grupperne, som de var, da den startede.',
          en: 'A meeting round already under way keeps the groups as they were when it started.',
        })}
      </p>
      <form method="post" action="${organisationPaths.move(person.id)}" novalidate>
        ${csrfField(context)}
        ${
          current.length > 0
            ? selectField(context, state, {
                name: 'fra',
                label: MOVE_LABELS['fra']!,
                hint: {
                  da: 'Facilitatoren kan ikke tages ud af sin gruppe; skift facilitator først.',
                  en: 'The facilitator cannot be taken out of their group; change the facilitator first.',
                },
                choices: current.map((group) => ({ value: group.id, label: group.name })),
              })
            : ''
        }
        ${selectField(context, state, {
          name: 'til',
          label: MOVE_LABELS['til']!,
          choices: [
            ...others.map((group) => ({ value: group.id, label: group.name })),
            ...(current.length > 0
              ? [noGroup({ da: `${NO_GROUP.da} – tag kun personen ud`, en: `${NO_GROUP.en} – only take them out` })]
              : []),
          ],
        })}
        <div class="actions">
          <button type="submit">${say(language, { da: 'Flyt', en: 'Move' })}</button>
          <a href="${organisationPaths.overview}">${say(language, { da: 'Annullér', en: 'Cancel' })}</a>
        </div>
      </form>`,
  });
}
