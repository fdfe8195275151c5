import {
  type AgendaEntry,
  type LaunchedCycle,
  type MaterialKind,
  formatDate,
  formatDateTime,
} from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { markdown } from '../common/markdown';
import { say, type Language, type Text } from '../common/text';
import { isAtOrAfter } from '../facilitator/facilitated-meetings';

const KINDS: Readonly<Record<MaterialKind, Text>> = {
  speaker: message('web.leader.prep.material.speaker'),
  article: message('web.leader.prep.material.article'),
  case: message('web.leader.prep.material.case'),
  other: message('web.leader.prep.material.other'),
};

/**
 * What the leader prepares from: the agenda, the prep tasks and the materials, once chefgruppen has sent them (before
 * that the agenda may still change, and leaders have not been given it).
 */
export function prepPackage(language: Language, cycle: LaunchedCycle): Html {
  const t = (text: Text) => say(language, text);
  const heading = html`<h2>${t(message('web.leader.prep.title'))}</h2>`;
  if (!cycle.agenda || !isAtOrAfter(cycle.stage, 'prep_sent')) {
    return html`${heading}
      <p>
        ${t(message('web.leader.prep.not-sent'))}
      </p>`;
  }
  const { items, prepTasks, materials } = cycle.agenda;
  const sent = cycle.prepSentAt
    ? html`<p class="muted">${t(message('web.leader.prep.sent'))} ${formatDateTime(language, cycle.prepSentAt)}</p>`
    : '';
  return html`${heading} ${sent}
    <h3>${t(message('web.leader.prep.agenda'))}</h3>
    ${entries(language, items, 'ol')}
    <h3>${t(message('web.leader.prep.tasks'))}</h3>
    ${entries(language, prepTasks, 'ul')}
    <h3>${t(message('web.leader.prep.materials'))}</h3>
    ${
      materials.length
        ? html`<ul>
            ${materials.map(
              (material) =>
                html`<li>
                  <span class="muted">${t(KINDS[material.kind])}:</span>
                  ${material.url ? html`<a href="${material.url}">${material.title}</a>` : material.title}
                </li>`,
            )}
          </ul>`
        : none(language)
    }`;
}

function entries(language: Language, list: readonly AgendaEntry[], tag: 'ol' | 'ul'): Html {
  if (list.length === 0) return none(language);
  const items = list.map(
    (entry) => html`<li><strong>${entry.title}</strong>${entry.description ? markdown(entry.description) : ''}</li>`,
  );
  return tag === 'ol'
    ? html`<ol>
        ${items}
      </ol>`
    : html`<ul>
        ${items}
      </ul>`;
}

function none(language: Language): Html {
  return html`<p class="muted">${say(language, message('web.leader.prep.none'))}</p>`;
}

/** The summary chefgruppen published, its paragraphs and lists as written. */
export function publishedSummary(language: Language, cycle: LaunchedCycle): Html {
  if (!cycle.summary) return html``;
  return html`<h2>${say(language, message('web.leader.summary.title'))}</h2>
    <p class="muted">
      ${say(language, message('web.leader.summary.published'))} ${formatDate(language, cycle.summary.publishedAt)}
    </p>
    <div class="panel summary-text">${markdown(cycle.summary.text)}</div>`;
}
