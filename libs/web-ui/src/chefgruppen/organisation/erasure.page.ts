import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { csrfField } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';

const CONSEQUENCES = [
  message('web.chefgruppen.organisation.personal-data.consequence.name'),
  message('web.chefgruppen.organisation.personal-data.consequence.notes'),
  message('web.chefgruppen.organisation.personal-data.consequence.links'),
  message('web.chefgruppen.organisation.personal-data.consequence.trail'),
];

/**
 * `GET /chefgruppen/organisation/personer/:id/slet`: the step before erasing a person's personal data, naming what it
 * does and that it cannot be undone, with the person's data to download first.
 */
export function erasurePage(context: PageContext, person: PlainPerson): Html {
  const { language } = context;
  return layout(context, {
    title: message('web.chefgruppen.organisation.personal-data.erase-title', { name: person.name }),
    trail: ORGANISATION_TRAIL,
    body: html`<div class="alert alert-warning notice" id="konsekvenser">
        <p>${say(language, message('web.chefgruppen.organisation.personal-data.consequences'))}</p>
        <ul>
          ${CONSEQUENCES.map((consequence) => html`<li>${say(language, consequence)}</li>`)}
        </ul>
        <p>
          <strong>${say(language, message('web.chefgruppen.organisation.personal-data.cannot-be-undone'))}</strong>
        </p>
      </div>
      <p>
        <a href="${organisationPaths.personalData(person.id)}" download
          >${say(language, message('web.chefgruppen.organisation.personal-data.download'))}</a
        >
      </p>
      <form method="post" action="${organisationPaths.erase(person.id)}" novalidate>
        ${csrfField(context)}
        <div class="actions">
          <button type="submit" class="warning">
            ${say(language, message('web.chefgruppen.organisation.personal-data.confirm'))}
          </button>
          <a href="${organisationPaths.person(person.id)}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
        </div>
      </form>`,
  });
}
