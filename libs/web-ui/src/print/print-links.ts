import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';

/** Where a round's printed documents are. */
export const printPaths = {
  summaryPdf: (id: string) => `/chefgruppen/cykler/${id}/opsamling.pdf`,
  summaryPrint: (id: string) => `/chefgruppen/cykler/${id}/udskriv`,
  recordPdf: (id: string) => `/revision/cykler/${id}/forloeb.pdf`,
};

/** The round's documents for the case file: the summary (once published) as PDF and for print, and the record. */
export function printLinks(context: PageContext, state: LaunchedCycle): Html {
  const t = (text: Text) => say(context.language, text);
  const summary = state.summary
    ? html`<li><a href="${printPaths.summaryPdf(state.id)}">${t(message('web.print.links.summary-pdf'))}</a></li>
        <li><a href="${printPaths.summaryPrint(state.id)}">${t(message('web.print.links.summary-print'))}</a></li>`
    : '';
  return html`<h2 id="dokumenter">${t(message('web.print.links.heading'))}</h2>
    <ul class="print-links">
      ${summary}
      <li><a href="${printPaths.recordPdf(state.id)}">${t(message('web.print.links.record-pdf'))}</a></li>
    </ul>`;
}
