import {
  type AgendaEntry,
  type LaunchedCycle,
  type MaterialKind,
  formatDate,
  formatDateTime,
} from '@ledelsesrum/domain';
import { html, type Html } from '../common/html';
import { say, type Language, type Text } from '../common/text';
import { isAtOrAfter } from '../facilitator/facilitated-meetings';

const KINDS: Readonly<Record<MaterialKind, Text>> = {
  speaker: { da: 'Oplægsholder', en: 'Speaker' },
  article: { da: 'Artikel', en: 'Article' },
  case: { da: 'Træningscase', en: 'Training case' },
  other: { da: 'Materiale', en: 'Material' },
};

/**
 * What the leader prepares from: the agenda, the prep tasks and the materials, once chefgruppen has sent them (before
 * that the agenda may still change, and leaders have not been given it).
 */
export function prepPackage(language: Language, cycle: LaunchedCycle): Html {
  const t = (text: Text) => say(language, text);
  const heading = html`<h2>${t({ da: 'Forberedelse', en: 'Preparation' })}</h2>`;
  if (!cycle.agenda || !isAtOrAfter(cycle.stage, 'prep_sent')) {
    return html`${heading}
      <p>
        ${t({
          da: 'Forberedelsen er ikke sendt endnu. Den kommer her og på e-mail, når chefgruppen sender den.',
          en: 'Prep has not been sent yet. It comes here and by e-mail when chefgruppen sends it.',
        })}
      </p>`;
  }
  const { items, prepTasks, materials } = cycle.agenda;
  const sent = cycle.prepSentAt
    ? html`<p class="muted">${t({ da: 'Sendt', en: 'Sent' })} ${formatDateTime(language, cycle.prepSentAt)}</p>`
    : '';
  return html`${heading} ${sent}
    <h3>${t({ da: 'Dagsorden', en: 'Agenda' })}</h3>
    ${entries(language, items, 'ol')}
    <h3>${t({ da: 'Forberedelsesopgaver', en: 'Prep tasks' })}</h3>
    ${entries(language, prepTasks, 'ul')}
    <h3>${t({ da: 'Materialer', en: 'Materials' })}</h3>
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
    (entry) =>
      html`<li><strong>${entry.title}</strong>${entry.description ? html`<br />${entry.description}` : ''}</li>`,
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
  return html`<p class="muted">${say(language, { da: 'Ingen.', en: 'None.' })}</p>`;
}

/** The summary chefgruppen published, its paragraphs as written. */
export function publishedSummary(language: Language, cycle: LaunchedCycle): Html {
  if (!cycle.summary) return html``;
  const paragraphs = cycle.summary.text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return html`<h2>${say(language, { da: 'Opsamling fra chefgruppen', en: 'Summary from chefgruppen' })}</h2>
    <p class="muted">
      ${say(language, { da: 'Offentliggjort', en: 'Published' })} ${formatDate(language, cycle.summary.publishedAt)}
    </p>
    <div class="panel">${paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}</div>`;
}
