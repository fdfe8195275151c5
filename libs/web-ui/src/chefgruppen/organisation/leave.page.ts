import type { Group } from '@ledelsesrum/domain';
import type { PlainPerson } from '@ledelsesrum/api/organisation';
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
      ? html`<div class="notice">
          <p>
            ${say(language, {
              da: 'Personen faciliterer en gruppe og kan først fratræde, når gruppen har fået en ny facilitator:',
              en: 'The person facilitates a group and can leave only once the group has a new facilitator:',
            })}
          </p>
          <ul>
            ${facilitated.map(
              (group) =>
                html`<li>
                  <a href="${organisationPaths.facilitator(group.id)}"
                    >${say(language, { da: `Skift facilitator for ${group.name}`, en: `Change the facilitator of ${group.name}` })}</a
                  >
                </li>`,
            )}
          </ul>
        </div>`
      : '';
  return layout(context, {
    title: { da: `${person.name} fratræder`, en: `${person.name} leaves` },
    trail: [
      ...ORGANISATION_TRAIL,
      { href: organisationPaths.person(person.id), label: { da: person.name, en: person.name } },
    ],
    hasErrors: refused !== undefined,
    body: html`${refused ? html`<p class="notice" role="alert">${say(language, refused)}</p>` : ''}
      <p>
        ${say(language, {
          da: 'Personen registreres som fratrådt i dag og tages ud af sine grupper. Historikken bevares, og en igangværende møderunde beholder personen, til chefgruppen fritager dem.',
          en: 'The person is recorded as having left today and taken out of their groups. The history is kept, and a meeting round under way keeps the person until chefgruppen releases them.',
        })}
      </p>
      ${blocked}
      ${
        facilitated.length === 0
          ? html`<form method="post" action="${organisationPaths.leave(person.id)}" novalidate>
              ${csrfField(context)}
              <div class="actions">
                <button type="submit" class="warning">
                  ${say(language, { da: 'Registrér fratrædelsen', en: 'Record that they leave' })}
                </button>
                <a href="${organisationPaths.person(person.id)}">${say(language, { da: 'Annullér', en: 'Cancel' })}</a>
              </div>
            </form>`
          : ''
      }`,
  });
}
