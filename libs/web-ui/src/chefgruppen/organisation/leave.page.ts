import type { Group } from '@ledelsesrum/domain';
import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { csrfField } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';

/**
 * `GET/POST /chefgruppen/organisation/personer/:id/fratraed`: recording that a person leaves (`POST
 * /api/people/:id/leave`). A facilitator cannot leave before their group has another: then the page says so and links
 * to changing the facilitator, instead of offering the button. `refused` is the domain's refusal of a sent form.
 */
export function leavePage(
  context: PageContext,
  person: PlainPerson,
  facilitated: readonly Group[],
  refused?: Text,
): Html {
  const { language } = context;
  const blocked =
    facilitated.length > 0
      ? html`<div class="alert alert-info notice">
          <p>
            ${say(language, message('web.chefgruppen.organisation.leave.the-person-facilitates-a-group'))}
          </p>
          <ul>
            ${facilitated.map(
              (group) =>
                html`<li>
                  <a href="${organisationPaths.facilitator(group.id)}"
                    >${say(language, message('web.chefgruppen.organisation.common.change-the-facilitator-of', { group: group.name }))}</a
                  >
                </li>`,
            )}
          </ul>
        </div>`
      : '';
  return layout(context, {
    title: message('web.chefgruppen.organisation.leave.title', { name: person.name }),
    trail: [
      ...ORGANISATION_TRAIL,
      { href: organisationPaths.person(person.id), label: { da: person.name, en: person.name } },
    ],
    hasErrors: refused !== undefined,
    body: html`${refused ? html`<p class="alert alert-info notice" role="alert">${say(language, refused)}</p>` : ''}
      <p>
        ${say(language, message('web.chefgruppen.organisation.leave.the-person-is-recorded-as'))}
      </p>
      ${blocked}
      ${
        facilitated.length === 0
          ? html`<form method="post" action="${organisationPaths.leave(person.id)}" novalidate>
              ${csrfField(context)}
              <div class="actions">
                <button type="submit" class="button button-warning">
                  ${say(language, message('web.chefgruppen.organisation.leave.record-that-they-leave'))}
                </button>
                <a href="${organisationPaths.person(person.id)}">${say(language, message('web.chefgruppen.common.cancel'))}</a>
              </div>
            </form>`
          : ''
      }`,
  });
}
