import { LANGUAGES, LEADER_LEVELS } from '@ledelsesrum/domain';
import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { csrfField, errorSummary, inputField, selectField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import type { OrganisationView } from './view';

/** The fields of a person, as the change form and its errors name them. */
export const PERSON_LABELS: Readonly<Record<string, Text>> = {
  name: message('web.chefgruppen.organisation.common.name'),
  email: message('web.chefgruppen.organisation.person.label.email'),
  areaId: message('web.chefgruppen.common.area'),
  level: message('web.chefgruppen.organisation.common.level'),
  experienced: message('web.chefgruppen.organisation.person.label.experienced'),
  managerId: message('web.chefgruppen.organisation.person.label.manager-id'),
  language: message('web.chefgruppen.organisation.person.label.language'),
  workplace: message('web.chefgruppen.organisation.person.label.workplace'),
  staffAddress: message('web.chefgruppen.organisation.person.label.staff-address'),
};

/**
 * `GET/POST /chefgruppen/organisation/personer/:id`: a person's area, level, experience, manager, language, name and
 * e-mail — what `PATCH /api/people/:id` changes — and the ways to move them or record that they leave.
 */
export function personPage(context: PageContext, view: OrganisationView, person: PlainPerson, state: FormState): Html {
  const { language } = context;
  const groups = view.groupsOf(person.id);
  return layout(context, {
    title: message('web.chefgruppen.organisation.person.title', { name: person.name }),
    trail: ORGANISATION_TRAIL,
    hasErrors: Object.keys(state.errors).length > 0,
    body: html`${errorSummary(context, state, PERSON_LABELS)}
      <dl class="facts">
        <dt>Id</dt>
        <dd>${person.id}</dd>
        <dt>${say(language, message('web.chefgruppen.organisation.common.groups'))}</dt>
        <dd>
          ${
            groups.length === 0
              ? say(language, message('web.chefgruppen.common.none'))
              : groups.map((group) => group.name).join(', ')
          }
        </dd>
      </dl>
      <form method="post" action="${organisationPaths.person(person.id)}" novalidate>
        ${csrfField(context)} ${personFields(context, view, state, person.id)}
        <div class="actions">
          <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.person.save-changes'))}</button>
          <a href="${organisationPaths.overview}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
        </div>
      </form>
      <h2>${say(language, message('web.chefgruppen.organisation.person.other-changes'))}</h2>
      <ul>
        <li>
          <a href="${organisationPaths.move(person.id)}"
            >${say(language, message('web.chefgruppen.organisation.person.move-to-another-group'))}</a
          >
        </li>
        <li>
          <a href="${organisationPaths.leave(person.id)}"
            >${say(language, message('web.chefgruppen.organisation.person.record-that-the-person-leaves'))}</a
          >
        </li>
      </ul>
      ${personalDataLinks(context, person)}`,
  });
}

/**
 * A person's fields as the change form and the form that adds a person show them: name, e-mail, area, level,
 * experience, manager (anyone but the person themself) and language.
 */
export function personFields(context: PageContext, view: OrganisationView, state: FormState, personId?: string): Html {
  const { language } = context;
  const select = (name: string, choices: { value: string; label: string }[], hint?: Text) =>
    selectField(context, state, { name, label: PERSON_LABELS[name]!, choices, ...(hint ? { hint } : {}) });
  return html`        ${inputField(context, state, { name: 'name', label: PERSON_LABELS['name']!, maxLength: 200 })}
        ${inputField(context, state, { name: 'email', label: PERSON_LABELS['email']!, maxLength: 200 })}
        ${select(
          'areaId',
          view.areas.map((area) => ({ value: area.id, label: area.name })),
        )}
        ${select(
          'level',
          LEADER_LEVELS.map((level) => ({
            value: level,
            label: say(language, message(`web.chefgruppen.organisation.level.${level}`)),
          })),
          message('web.chefgruppen.organisation.person.level.hint'),
        )}
        ${select('experienced', [
          { value: 'ja', label: say(language, message('web.chefgruppen.organisation.experience.experienced')) },
          { value: 'nej', label: say(language, message('web.chefgruppen.organisation.experience.new')) },
        ])}
        ${select('managerId', [
          { value: '', label: say(language, message('web.chefgruppen.organisation.person.none')) },
          ...view.people
            .filter((candidate) => candidate.id !== personId)
            .map((candidate) => ({
              value: candidate.id,
              label: `${candidate.name} (${view.areaName(candidate.areaId)})`,
            })),
        ])}
        ${select(
          'language',
          LANGUAGES.map((code) => ({
            value: code,
            label: say(language, message(`web.chefgruppen.organisation.language.${code}`)),
          })),
          message('web.chefgruppen.organisation.person.language.hint'),
        )}`;
}

/** The person's data to download, and the way to erase it (after a page that names what that does). */
function personalDataLinks(context: PageContext, person: PlainPerson): Html {
  const { language } = context;
  return html`<h2>${say(language, message('web.chefgruppen.organisation.personal-data.heading'))}</h2>
    <ul>
      <li>
        <a href="${organisationPaths.personalData(person.id)}" download
          >${say(language, message('web.chefgruppen.organisation.personal-data.download'))}</a
        >
      </li>
      <li>
        <a href="${organisationPaths.erase(person.id)}"
          >${say(language, message('web.chefgruppen.organisation.personal-data.erase'))}</a
        >
      </li>
    </ul>`;
}
