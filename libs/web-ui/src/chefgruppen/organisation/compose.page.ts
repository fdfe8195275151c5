import { message } from '@ledelsesrum/messages';
import { errorSummary, inputField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import type { OrganisationView } from './view';

const LABELS: Readonly<Record<string, Text>> = {
  count: message('web.chefgruppen.organisation.compose.label.count'),
  seed: message('web.chefgruppen.organisation.compose.label.seed'),
};

/**
 * `GET /chefgruppen/organisation/sammensaet`: the options of a proposal (a GET form: proposing changes nothing), and
 * below them the proposal itself once asked for. `notice` says why a proposal is shown again after a POST.
 */
export function composePage(
  context: PageContext,
  view: OrganisationView,
  state: FormState,
  proposal: Html | undefined,
  notice?: Text,
): Html {
  const { language } = context;
  const body =
    view.people.length === 0
      ? html`<p class="alert alert-info notice">
          ${say(language, message('web.chefgruppen.organisation.compose.the-organisation-is-empty'))}
          <a href="${organisationPaths.import}">${say(language, message('web.chefgruppen.organisation.compose.import-it-first'))}</a>.
        </p>`
      : html`${errorSummary(context, state, LABELS)}
          ${notice ? html`<p class="alert alert-info notice" role="alert">${say(language, notice)}</p>` : ''}
          <p>
            ${say(language, message('web.chefgruppen.organisation.compose.intro'))}
          </p>
          <form method="get" action="${organisationPaths.compose}" novalidate>
            ${inputField(context, state, {
              name: 'count',
              label: LABELS['count']!,
              hint: message('web.chefgruppen.organisation.compose.count.hint'),
              type: 'number',
            })}
            ${inputField(context, state, {
              name: 'seed',
              label: LABELS['seed']!,
              hint: message('web.chefgruppen.organisation.compose.seed.hint'),
              type: 'number',
            })}
            <div class="actions">
              <button type="submit" class="button button-primary">${say(language, message('web.chefgruppen.organisation.compose.propose-groups'))}</button>
            </div>
          </form>
          ${proposal ?? ''}`;
  return layout(context, {
    title: message('web.chefgruppen.organisation.common.compose-the-groups'),
    trail: ORGANISATION_TRAIL,
    hasErrors: Object.keys(state.errors).length > 0,
    body,
  });
}
