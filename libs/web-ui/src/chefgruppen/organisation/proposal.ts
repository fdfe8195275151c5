import type { CompositionProposal } from '@ledelsesrum/domain';
import { danish } from '../../common/danish-content';
import { compositionReportText, message } from '@ledelsesrum/messages';
import { csrfField } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { organisationPaths } from './paths';
import { spreadTable } from './spread-table';
import type { OrganisationView } from './view';

/** What the proposal is made from: the options, and the organisation's revision it was computed at. */
export interface ProposalBasis {
  readonly count: number;
  readonly seed: number;
  readonly revision: number;
}

/**
 * A proposal as `POST /api/organisation/groups/compose` answers it: what it could not meet, each group's spread and
 * members, and the form that adopts it. The form sends the options and the revision, not the groups: the proposal is
 * computed again from them, and refused if the organisation has changed in between, so what is saved is what was seen.
 */
export function proposalSection(
  context: PageContext,
  view: OrganisationView,
  proposal: CompositionProposal,
  basis: ProposalBasis,
): Html {
  const { language } = context;
  const unmet =
    proposal.unmet.length > 0
      ? html`<div class="alert alert-info notice">
          <p>${say(language, message('web.chefgruppen.organisation.proposal.what-could-not-be-met'))}</p>
          <ul>
            ${proposal.unmet.map((report) => html`<li>${say(language, compositionReportText(report))}</li>`)}
          </ul>
        </div>`
      : html`<p>
          ${say(language, message('web.chefgruppen.organisation.proposal.the-proposal-meets-every-constraint'))}
        </p>`;
  return html`<h2>${say(language, message('web.chefgruppen.organisation.proposal.the-proposal'))}</h2>
    ${unmet}
    ${spreadTable(context, {
      caption: message('web.chefgruppen.organisation.proposal.spread-hint'),
      groups: proposal.groups,
      scores: proposal.scores,
      areas: view.areas,
    })}
    <ul class="cards">
      ${proposal.groups.map(
        (group) =>
          html`<li>
            <h3>${danish(context.language, group.name)}</h3>
            <p>${say(language, message('web.chefgruppen.common.facilitator'))}: ${view.name(group.facilitatorId)}</p>
            <p>
              ${say(language, message('web.chefgruppen.organisation.common.members'))}:
              ${group.memberIds.map((id) => view.name(id)).join(', ')}
            </p>
          </li>`,
      )}
    </ul>
    <form method="post" action="${organisationPaths.compose}" novalidate>
      ${csrfField(context)}
      <input type="hidden" name="count" value="${basis.count}" />
      <input type="hidden" name="seed" value="${basis.seed}" />
      <input type="hidden" name="revision" value="${basis.revision}" />
      <p>
        ${say(language, message('web.chefgruppen.organisation.proposal.saving-replaces'))}
      </p>
      <div class="actions">
        <button type="submit" class="button button-primary">
          ${say(language, message('web.chefgruppen.organisation.proposal.save'))}
        </button>
      </div>
    </form>`;
}
