import { message } from '@ledelsesrum/messages';
import { csrfField, errorSummary, inputField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import { PERSON_LABELS, personFields } from './person.page';
import type { OrganisationView } from './view';

/** The fields of a new person: an id, then what the change form has. */
export const NEW_PERSON_LABELS: Readonly<Record<string, Text>> = {
  id: message('web.chefgruppen.organisation.people.id'),
  ...PERSON_LABELS,
};

/** `GET/POST /chefgruppen/organisation/ny-person`: a person added as `POST /api/people` adds one, by the same rules. */
export function newPersonPage(context: PageContext, view: OrganisationView, state: FormState): Html {
  const { language } = context;
  return layout(context, {
    title: message('web.chefgruppen.organisation.people.add'),
    trail: ORGANISATION_TRAIL,
    hasErrors: Object.keys(state.errors).length > 0,
    body: html`${errorSummary(context, state, NEW_PERSON_LABELS)}
      <form method="post" action="${organisationPaths.addPerson}" novalidate>
        ${csrfField(context)}
        ${inputField(context, state, {
          name: 'id',
          label: NEW_PERSON_LABELS['id']!,
          hint: message('web.chefgruppen.organisation.people.id-hint'),
          maxLength: 100,
        })}
        ${personFields(context, view, state)}
        <div class="actions">
          <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.people.add'))}</button>
          <a href="${organisationPaths.people}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
        </div>
      </form>`,
  });
}
