import { formatDate, formatDateTime } from '@ledelsesrum/domain';
import { danish } from '../../common/danish-content';
import type { GroupInput } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import type { PeopleDirectory } from './people';

/**
 * What the groups sent up to chefgruppen from their meetings (as GET /api/cycles/:id/input gives it), each item with
 * the later cycles that took it up on their agenda, or that none has yet.
 */
export function inputSection(context: PageContext, input: readonly GroupInput[], directory: PeopleDirectory): Html {
  const { language } = context;
  const heading = html`<h2>${say(language, message('web.chefgruppen.cycles.input-section.input-to-chefgruppen'))}</h2>`;
  const withItems = input.filter((group) => group.items.length > 0);
  if (withItems.length === 0) {
    return html`${heading}
      <p class="muted">
        ${say(language, message('web.chefgruppen.cycles.input-section.no-group-has-sent-input'))}
      </p>`;
  }
  return html`${heading}
  ${withItems.map(
    (group) =>
      html`<section class="group-input">
        <h3>${directory.groupName(group.groupId)}</h3>
        <p class="muted">
          ${say(language, message('web.chefgruppen.cycles.common.meeting'))} ${formatDateTime(language, group.heldAt)},
          ${say(language, message('web.chefgruppen.cycles.input-section.facilitator'))} ${directory.personName(group.facilitatorId)}
        </p>
        <ol>
          ${group.items.map((item, index) => {
            const takenUpIn = group.takenUp?.find((entry) => entry.item === index)?.takenUpIn ?? [];
            return html`<li>
              ${item}
              ${
                takenUpIn.length === 0
                  ? html`<span class="badge badge-warning">${say(language, message('web.chefgruppen.cycles.input-section.not-taken-up'))}</span>`
                  : html`<span class="badge badge-success">${say(language, message('web.chefgruppen.cycles.input-section.taken-up'))}</span>
                      ${takenUpIn.map(
                        (later, at) =>
                          html`${at > 0 ? ', ' : ''}<a href="/chefgruppen/cykler/${later.cycleId}">${danish(context.language, later.theme)}</a>
                            (${formatDate(language, later.at)})`,
                      )}`
              }
            </li>`;
          })}
        </ol>
      </section>`,
  )}`;
}
