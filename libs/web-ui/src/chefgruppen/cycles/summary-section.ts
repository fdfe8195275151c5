import { formatDateTime, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { markdown } from '../../common/markdown';
import type { PageContext } from '../../common/page-context';
import { inEachLanguage, say } from '../../common/text';

/** The summary as it was published, its paragraphs and lists kept; nothing before it is published. */
export function summarySection(context: PageContext, cycle: LaunchedCycle): Html {
  const { language } = context;
  const summary = cycle.summary;
  if (!summary) return html``;
  const at = inEachLanguage((each) => formatDateTime(each, summary.publishedAt));
  return html`<section class="published-summary">
    <h2>${say(language, message('web.record.summary.title'))}</h2>
    <p class="muted">${say(language, message('web.record.summary.published', { at }))}</p>
    <div class="panel summary-text">${markdown(summary.text)}</div>
  </section>`;
}
