import { LEADER_LEVELS, type Group, type LeaderLevel } from '@ledelsesrum/domain';
import { danish } from '../../common/danish-content';
import type { PlainPerson } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { organisationPaths } from './paths';
import type { OrganisationView } from './view';

/** Each group: its facilitator (with the way to change them) and its members (each to edit or move). */
export function groupSections(context: PageContext, view: OrganisationView): Html {
  const { language } = context;
  return html`${view.groups.map(
    (group) =>
      html`<section class="panel">
        <h3 id="gruppe-${group.id}">${danish(context.language, group.name)}</h3>
        <p>
          ${say(language, message('web.chefgruppen.common.facilitator'))}:
          <a href="${organisationPaths.person(group.facilitatorId)}">${view.name(group.facilitatorId)}</a>
          –
          <a
            href="${organisationPaths.facilitator(group.id)}"
            aria-label="${say(language, message('web.chefgruppen.organisation.common.change-the-facilitator-of', { group: group.name }))}"
            >${say(language, message('web.chefgruppen.organisation.common.change-facilitator'))}</a
          >
        </p>
        ${peopleTable(context, view, {
          caption: message('web.chefgruppen.organisation.group-sections.members-of', { name: group.name }),
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
  return html`<h2>${say(language, message('web.chefgruppen.organisation.group-sections.people-in-no-group'))}</h2>
    ${peopleTable(context, view, {
      caption: message('web.chefgruppen.organisation.group-sections.people-in-no-group-count', {
        count: people.length,
      }),
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
    const move: Text = input.group
      ? message('web.chefgruppen.organisation.common.move')
      : message('web.chefgruppen.organisation.group-sections.put-in-a-group');
    return html`<tr>
      <th scope="row">
        <a href="${organisationPaths.person(person.id)}">${person.name}</a>
        ${facilitates ? html`<span class="badge badge-success">${say(language, message('web.chefgruppen.common.facilitator'))}</span>` : ''}
      </th>
      <td>${view.areaName(person.areaId)}</td>
      <td>${say(language, levelText(person.level))}</td>
      <td>${say(language, message(`web.chefgruppen.organisation.experience.${person.experienced ? 'experienced' : 'new'}`))}</td>
      <td>
        <a href="${organisationPaths.move(person.id)}" aria-label="${say(language, move)}: ${person.name}"
          >${say(language, move)}</a
        >
      </td>
    </tr>`;
  });
  return html`<div class="table-wrap">
    <table class="table">
      <caption>
        ${say(language, input.caption)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${say(language, message('web.chefgruppen.organisation.common.name'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.common.area'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.organisation.common.level'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.organisation.common.experience'))}</th>
          <th scope="col">${say(language, message('web.chefgruppen.common.group'))}</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** A level in words; a level stored before levels were checked (none, or not one of the three) reads as missing. */
function levelText(level: LeaderLevel): Text {
  return LEADER_LEVELS.includes(level)
    ? message(`web.chefgruppen.organisation.level.${level}`)
    : message('web.chefgruppen.organisation.level.missing');
}
