import { errorSummary, inputField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ORGANISATION_TRAIL, organisationPaths } from './paths';
import type { OrganisationView } from './view';

const LABELS: Readonly<Record<string, Text>> = {
  count: { da: 'Antal grupper', en: 'Number of groups' },
  seed: { da: 'Variant', en: 'Variant (seed)' },
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
      ? html`<p class="notice">
          ${say(language, { da: 'Organisationen er tom.', en: 'The organisation is empty.' })}
          <a href="${organisationPaths.import}">${say(language, { da: 'Indlæs den først', en: 'Import it first' })}</a>.
        </p>`
      : html`${errorSummary(context, state, LABELS)}
          ${notice ? html`<p class="notice" role="alert">${say(language, notice)}</p>` : ''}
          <p>
            ${say(language, {
              da: 'Forslaget sætter hver aktiv person i én gruppe, giver hver gruppe en chef eller direktør som facilitator, holder gruppernes størrelse inden for én af hinanden, sætter ingen i gruppe med sin nærmeste leder og spreder områder, niveauer og erfarne og nye ledere så jævnt, som tallene tillader.',
              en: 'The proposal puts every active person in one group, gives each group a chef or direktør as facilitator, keeps group sizes within one of each other, puts nobody in a group with their direct manager, and spreads areas, levels and experienced and new leaders as evenly as the numbers allow.',
            })}
          </p>
          <form method="get" action="${organisationPaths.compose}" novalidate>
            ${inputField(context, state, {
              name: 'count',
              label: LABELS['count']!,
              hint: { da: 'Chefgruppen bruger 11.', en: 'Chefgruppen uses 11.' },
              type: 'number',
            })}
            ${inputField(context, state, {
              name: 'seed',
              label: LABELS['seed']!,
              hint: {
                da: 'Det samme tal giver det samme forslag; et andet tal kan give et andet, lige så godt forslag.',
                en: 'The same number gives the same proposal; another may give another, equally good one.',
              },
              type: 'number',
            })}
            <div class="actions">
              <button type="submit">${say(language, { da: 'Foreslå grupper', en: 'Propose groups' })}</button>
            </div>
          </form>
          ${proposal ?? ''}`;
  return layout(context, {
    title: { da: 'Sammensæt grupperne', en: 'Compose the groups' },
    trail: ORGANISATION_TRAIL,
    hasErrors: Object.keys(state.errors).length > 0,
    body,
  });
}
