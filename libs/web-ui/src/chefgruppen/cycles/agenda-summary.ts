import type { AgendaEntry, LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { markdown } from '../../common/markdown';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

/** The agenda as set, to read on the cycle page (it is changed on its own page, until prep is sent). */
export function agendaSummary(context: PageContext, cycle: LaunchedCycle): Html {
  const { language } = context;
  const heading = html`<h2>${say(language, message('web.chefgruppen.cycles.common.agenda'))}</h2>`;
  const agenda = cycle.agenda;
  if (!agenda) {
    return html`${heading}
      <p class="muted">
        ${say(language, message('web.chefgruppen.cycles.agenda-summary.not-set'))}
      </p>`;
  }
  const entries = (title: Text, list: readonly AgendaEntry[]) =>
    list.length === 0
      ? ''
      : html`<h3>${say(language, title)}</h3>
          <ol>
            ${list.map(
              (entry) =>
                html`<li>
                  ${entry.title}${entry.description ? html`<div class="muted">${markdown(entry.description)}</div>` : ''}
                </li>`,
            )}
          </ol>`;
  const materials =
    agenda.materials.length === 0
      ? ''
      : html`<h3>${say(language, message('web.chefgruppen.cycles.common.materials'))}</h3>
          <ul>
            ${agenda.materials.map(
              (material) =>
                html`<li>
                  ${say(language, message(`web.chefgruppen.cycles.agenda.material-kind.${material.kind}`))}:
                  ${material.url ? html`<a href="${material.url}">${material.title}</a>` : material.title}
                </li>`,
            )}
          </ul>`;
  return html`${heading} ${entries(message('web.chefgruppen.cycles.agenda-summary.items'), agenda.items)}
  ${entries(message('web.chefgruppen.cycles.common.preparation-tasks'), agenda.prepTasks)} ${materials}`;
}
