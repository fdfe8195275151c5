import type { ImportPreview } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { csrfField } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import { PERSON_LABELS } from './person.page';

/** The field of the preview's form that carries the organisation's revision the preview was made at. */
export const PREVIEW_VERSION_FIELD = 'version';
/** The preview's two buttons share this name; their values say which was pressed. */
export const PREVIEW_CHOICE_FIELD = 'handling';
export const APPLY = 'anvend';

/**
 * A file that would record this share of the active people as leaving (or more) is most likely not the whole
 * organisation (a file of new people only, one area's file): said in an alert at the top, with the count.
 */
const MANY_LEAVING_SHARE = 0.2;

/**
 * `GET /chefgruppen/organisation/import/:reference`: what the loaded file would change — who is added, who changes in
 * which fields, who leaves, which groups change — and where a group would put a manager with their own staff, with
 * "apply" and "cancel". After a conflict (the organisation changed since it was first shown) the page's conflict panel
 * says so above it.
 */
export function importPreviewPage(context: PageContext, reference: string, shown: ImportPreview): Html {
  const { language } = context;
  const { preview, names } = shown;
  const name = (id: string) => `${names.get(id) ?? id} (${id})`;
  const many = preview.leaving.length > 0 && preview.leaving.length >= shown.activePeople * MANY_LEAVING_SHARE;
  return layout(context, {
    title: message('web.chefgruppen.organisation.preview.title'),
    trail: ORGANISATION_TRAIL,
    body: html`${
      many
        ? html`<div class="alert alert-warning notice" role="alert" id="mange-fratraeder">
              <p>
                <strong
                  >${say(
                    language,
                    message('web.chefgruppen.organisation.preview.many-leaving', {
                      count: preview.leaving.length,
                      active: shown.activePeople,
                    }),
                  )}</strong
                >
              </p>
            </div>`
        : ''
    }
      <p>${say(language, message('web.chefgruppen.organisation.preview.intro'))}</p>
      <ul class="counts">
        <li>${say(language, message('web.chefgruppen.organisation.preview.count.added', { count: preview.added.length }))}</li>
        <li>${say(language, message('web.chefgruppen.organisation.preview.count.changed', { count: preview.changed.length }))}</li>
        <li>${say(language, message('web.chefgruppen.organisation.preview.count.leaving', { count: preview.leaving.length }))}</li>
        <li>
          ${say(
            language,
            message('web.chefgruppen.organisation.preview.count.groups', {
              created: preview.groupsCreated.length,
              changed: preview.groupsChanged.length,
              dissolved: preview.groupsDissolved.length,
            }),
          )}
        </li>
      </ul>
      ${managerWarnings(context, shown)}
      ${peopleSection(context, 'tilfoejes', message('web.chefgruppen.organisation.preview.added'), preview.added.map(name))}
      ${
        preview.changed.length === 0
          ? ''
          : html`<section aria-labelledby="aendres">
              <h2 id="aendres">
                ${say(language, message('web.chefgruppen.organisation.preview.changed'))} (${preview.changed.length})
              </h2>
              <div class="table-wrap">
                <table class="table table--compact">
                  <thead>
                    <tr>
                      <th scope="col">${say(language, message('web.chefgruppen.organisation.preview.person'))}</th>
                      <th scope="col">${say(language, message('web.chefgruppen.organisation.preview.fields'))}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${preview.changed.map(
                      (person) =>
                        html`<tr>
                          <th scope="row">${name(person.personId)}</th>
                          <td>${person.fields.map((field) => say(language, PERSON_LABELS[field]!)).join(', ')}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>
            </section>`
      }
      ${peopleSection(context, 'fratraeder', message('web.chefgruppen.organisation.preview.leaving'), preview.leaving.map(name))}
      <form method="post" action="${organisationPaths.importPreview(reference)}" novalidate>
        ${csrfField(context)}
        <input type="hidden" name="${PREVIEW_VERSION_FIELD}" value="${String(shown.revision)}" />
        <div class="actions">
          <button type="submit" name="${PREVIEW_CHOICE_FIELD}" value="${APPLY}">
            ${say(language, message('web.chefgruppen.organisation.preview.apply'))}
          </button>
          <button type="submit" class="button button-secondary" name="${PREVIEW_CHOICE_FIELD}" value="annuller">
            ${say(language, message('web.chefgruppen.common.cancel'))}
          </button>
        </div>
      </form>`,
  });
}

function peopleSection(context: PageContext, id: string, heading: Text, people: string[]): Html {
  if (people.length === 0) return html``;
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${say(context.language, heading)} (${people.length})</h2>
    <ul>
      ${people.map((person) => html`<li>${person}</li>`)}
    </ul>
  </section>`;
}

function managerWarnings(context: PageContext, { preview, names, groupNames }: ImportPreview): Html {
  if (preview.managersWithReports.length === 0) return html``;
  const { language } = context;
  const name = (id: string) => names.get(id) ?? id;
  return html`<div class="alert alert-warning notice" id="leder-og-medarbejder">
    <h2>${say(language, message('web.chefgruppen.organisation.preview.managers'))}</h2>
    <ul>
      ${preview.managersWithReports.map(
        (found) =>
          html`<li>
            ${say(
              language,
              message('web.chefgruppen.organisation.preview.manager-with-reports', {
                group: groupNames.get(found.groupId) ?? found.groupId,
                manager: name(found.managerId),
                reports: found.reportIds.map(name),
              }),
            )}
          </li>`,
      )}
    </ul>
  </div>`;
}
