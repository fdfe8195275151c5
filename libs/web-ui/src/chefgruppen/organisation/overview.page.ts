import type { GroupScore } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { groupSections, peopleWithoutGroup } from './group-sections';
import type { OverviewNotice } from './notices';
import { organisationPaths } from './paths';
import { spreadTable } from './spread-table';
import type { OrganisationView } from './view';

/**
 * `GET /chefgruppen/organisation`: the areas, how many people, and the groups — how each mixes the organisation, who
 * facilitates it, who is in it. An empty organisation shows one thing to do: import it.
 */
export function organisationOverviewPage(
  context: PageContext,
  view: OrganisationView,
  scores: readonly GroupScore[],
  notice: OverviewNotice | undefined,
): Html {
  const { language } = context;
  const said = notice
    ? html`<div class="alert alert-info notice" role="status">
        <p>${say(language, notice.text)}</p>
        ${
          notice.counts
            ? html`<ul>
                ${notice.counts.map((entry) => html`<li>${entry.count} ${say(language, entry.text)}</li>`)}
              </ul>`
            : ''
        }
      </div>`
    : '';
  const title = message('web.chefgruppen.organisation.overview.the-organisation');
  if (view.people.length === 0) {
    return layout(context, {
      title,
      body: html`${said}
        <div class="panel">
          <h2>${say(language, message('web.chefgruppen.organisation.overview.empty'))}</h2>
          <p>
            ${say(language, message('web.chefgruppen.organisation.overview.first-step'))}
          </p>
          <p>
            <a class="button button-primary" href="${organisationPaths.import}"
              >${say(language, message('web.chefgruppen.organisation.common.import-the-organisation'))}</a
            >
          </p>
        </div>`,
    });
  }
  return layout(context, {
    title,
    body: html`${said} ${corrections(context, view)}
      <dl class="facts">
        <dt>${say(language, message('web.chefgruppen.organisation.common.people'))}</dt>
        <dd>${view.people.length}</dd>
        <dt>${say(language, message('web.chefgruppen.organisation.common.groups'))}</dt>
        <dd>${view.groups.length}</dd>
        <dt>${say(language, message('web.chefgruppen.organisation.overview.areas'))}</dt>
        <dd>${areaList(view)}</dd>
      </dl>
      <div class="actions">
        <a class="button button-primary" href="${organisationPaths.import}"
          >${say(language, message('web.chefgruppen.organisation.overview.import-from-a-spreadsheet'))}</a
        >
        <a class="button button-secondary" href="${organisationPaths.compose}"
          >${say(language, message('web.chefgruppen.organisation.common.compose-the-groups'))}</a
        >
        <a class="button secondary" href="${organisationPaths.people}"
          >${say(language, message('web.chefgruppen.organisation.people.find-people'))}</a
        >
        <a class="button secondary" href="${organisationPaths.csvExport}" download
          >${say(language, message('web.chefgruppen.organisation.files.export'))}</a
        >
      </div>
      <h2>${say(language, message('web.chefgruppen.organisation.overview.how-the-groups-are-mixed'))}</h2>
      ${
        view.groups.length === 0
          ? html`<p>${say(language, message('web.chefgruppen.organisation.overview.no-groups'))}</p>`
          : spreadTable(context, {
              caption: message('web.chefgruppen.organisation.overview.spread-hint'),
              groups: view.groups,
              scores,
              areas: view.areas,
            })
      }
      ${view.groups.length > 0 ? html`<h2>${say(language, message('web.chefgruppen.organisation.overview.the-groups'))}</h2>` : ''}
      ${groupSections(context, view)} ${peopleWithoutGroup(context, view)}`,
  });
}

/** Each area with how many active people belong to it. */
function areaList(view: OrganisationView): Html {
  const counts = new Map<string, number>();
  for (const person of view.people) counts.set(person.areaId, (counts.get(person.areaId) ?? 0) + 1);
  return html`${view.areas.map((area) => `${area.name} (${counts.get(area.id) ?? 0})`).join(', ')}`;
}

/** Values stored before they were checked that the rules refuse: each says what to correct, on whom, with a link. */
function corrections(context: PageContext, view: OrganisationView): Html | string {
  if (view.corrections.length === 0) return '';
  const { language } = context;
  return html`<div class="alert alert-info notice" role="alert">
    <h2>${say(language, message('web.chefgruppen.organisation.overview.needs-correction'))}</h2>
    <ul>
      ${view.corrections.map(
        (correction) =>
          html`<li><a href="${organisationPaths.person(correction.personId)}">${say(language, correction.text)}</a></li>`,
      )}
    </ul>
  </div>`;
}
