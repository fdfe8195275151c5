import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import type { OrganisationView } from './view';

/** What the search form asks for: text in a name, an id or an area's name, and one area. */
export interface PeopleSearch {
  readonly query: string;
  readonly areaId: string;
}

/** The active people the search finds, by name: every word of the query in the name, the id or the area's name. */
export function searchPeople(view: OrganisationView, search: PeopleSearch): PlainPerson[] {
  const words = search.query.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  return view.people.filter((person) => {
    if (search.areaId !== '' && person.areaId !== search.areaId) return false;
    const haystack = `${person.name} ${person.id} ${view.areaName(person.areaId)}`.toLocaleLowerCase('da');
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * `GET /chefgruppen/organisation/personer?q=&omraade=`: the search form (a GET form: the search is in the address, to
 * share or go back to) and the people found, each linked to their page.
 */
export function peopleSearchPage(context: PageContext, view: OrganisationView, search: PeopleSearch): Html {
  const { language } = context;
  const found = searchPeople(view, search);
  return layout(context, {
    title: message('web.chefgruppen.organisation.people.title'),
    trail: ORGANISATION_TRAIL,
    body: html`<form method="get" action="${organisationPaths.people}" role="search" class="people-search" novalidate>
        <div class="field">
          <label for="q">${say(language, message('web.chefgruppen.organisation.people.query'))}</label>
          <p class="hint" id="q-hint">${say(language, message('web.chefgruppen.organisation.people.query-hint'))}</p>
          <input type="search" id="q" name="q" value="${search.query}" aria-describedby="q-hint" maxlength="200" />
        </div>
        <div class="field">
          <label for="omraade">${say(language, message('web.chefgruppen.common.area'))}</label>
          <select id="omraade" name="omraade">
            <option value="">${say(language, message('web.chefgruppen.organisation.people.any-area'))}</option>
            ${view.areas.map(
              (area) =>
                html`<option value="${area.id}" ${area.id === search.areaId ? html` selected` : ''}>${area.name}</option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.people.search'))}</button>
          <a class="button secondary" href="${organisationPaths.addPerson}"
            >${say(language, message('web.chefgruppen.organisation.people.add'))}</a
          >
        </div>
      </form>
      <p role="status" id="antal">
        ${say(language, message('web.chefgruppen.organisation.people.found', { count: found.length, total: view.people.length }))}
      </p>
      ${found.length === 0 ? html`<p>${say(language, message('web.chefgruppen.organisation.people.none-found'))}</p>` : peopleTable(context, view, found)}`,
  });
}

function peopleTable(context: PageContext, view: OrganisationView, people: readonly PlainPerson[]): Html {
  const { language } = context;
  return html`<div class="table-wrap">
    <table class="table table--compact people">
      <caption>
        ${say(language, message('web.chefgruppen.organisation.people.title'))}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, message('web.chefgruppen.organisation.common.name'))}</th>
          <th scope="col">Id</th>
          <th scope="col">${say(language, message('web.chefgruppen.common.area'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.organisation.people.level'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.organisation.common.groups'))}</th>
        </tr>
      </thead>
      <tbody>
        ${people.map(
          (person) =>
            html`<tr>
              <th scope="row"><a href="${organisationPaths.person(person.id)}">${person.name}</a></th>
              <td>${person.id}</td>
              <td>${view.areaName(person.areaId)}</td>
              <td>${say(language, message(`web.chefgruppen.organisation.level.${person.level}`))}</td>
              <td>${view
                .groupsOf(person.id)
                .map((group) => group.name)
                .join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
