import type { Group } from '@ledelsesrum/domain';
import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { organisationPaths } from './paths';
import { experienceName, LEVEL_NAMES } from './texts';
import type { OrganisationView } from './view';

/** Each group: its facilitator (with the way to change them) and its members (each to edit or move). */
export function groupSections(context: PageContext, view: OrganisationView): Html {
  const { language } = context;
  return html`${view.groups.map(
    (group) =>
      html`<section class="panel">
        <h3 id="gruppe-${group.id}">${group.name}</h3>
        <p>
          ${say(language, { da: 'Facilitator', en: 'Facilitator' })}:
          <a href="${organisationPaths.person(group.facilitatorId)}">${view.name(group.facilitatorId)}</a>
          –
          <a
            href="${organisationPaths.facilitator(group.id)}"
            aria-label="${say(language, { da: `Skift facilitator for ${group.name}`, en: `Change the facilitator of ${group.name}` })}"
            >${say(language, { da: 'Skift facilitator', en: 'Change facilitator' })}</a
          >
        </p>
        ${peopleTable(context, view, {
          caption: { da: `Medlemmer af ${group.name}`, en: `Members of ${group.name}` },
          people: group.memberIds.flatMap((id) => view.person(id) ?? []),
          group,
        })}
      </section>`,
  )}`;
}

/** People in no group, e.g. new in the organisation: they are only seen here until someone places them. */
export function peopleWithoutGroup(context: PageContext, view: OrganisationView): Html {
  const grouped = new Set(view.groups.flatMap((group) => group.memberIds));
  const people = view.people.filter((person) => !grouped.has(person.id));
  if (people.length === 0) return html``;
  const { language } = context;
  return html`<h2>${say(language, { da: 'Personer uden gruppe', en: 'People in no group' })}</h2>
    ${peopleTable(context, view, {
      caption: { da: `${people.length} personer uden gruppe`, en: `${people.length} people in no group` },
      people,
    })}`;
}

function peopleTable(
  context: PageContext,
  view: OrganisationView,
  input: { readonly caption: Text; readonly people: readonly PlainPerson[]; readonly group?: Group },
): Html {
  const { language } = context;
  const rows = input.people.map((person) => {
    const facilitates = input.group?.facilitatorId === person.id;
    const move: Text = input.group ? { da: 'Flyt', en: 'Move' } : { da: 'Sæt i en gruppe', en: 'Put in a group' };
    return html`<tr>
      <th scope="row">
        <a href="${organisationPaths.person(person.id)}">${person.name}</a>
        ${facilitates ? html`<span class="tag done">${say(language, { da: 'Facilitator', en: 'Facilitator' })}</span>` : ''}
      </th>
      <td>${view.areaName(person.areaId)}</td>
      <td>${say(language, LEVEL_NAMES[person.level])}</td>
      <td>${say(language, experienceName(person.experienced))}</td>
      <td>
        <a href="${organisationPaths.move(person.id)}" aria-label="${say(language, move)}: ${person.name}"
          >${say(language, move)}</a
        >
      </td>
    </tr>`;
  });
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${say(language, input.caption)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, { da: 'Navn', en: 'Name' })}</th>
          <th scope="col">${say(language, { da: 'Område', en: 'Area' })}</th>
          <th scope="col">${say(language, { da: 'Niveau', en: 'Level' })}</th>
          <th scope="col">${say(language, { da: 'Erfaring', en: 'Experience' })}</th>
          <th scope="col">${say(language, { da: 'Gruppe', en: 'Group' })}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}
