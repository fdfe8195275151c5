import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import type { Block, PrintDocument, Span } from './print-document';
import { printPaths } from './print-links';

/**
 * The summary as a page to print: the same document as the PDF, in HTML. The print stylesheet leaves out the menu,
 * header, footer and this page's own hints, and prints each link's address after it.
 */
export function summaryPrintPage(context: PageContext, document: PrintDocument, cycleId: string): Html {
  const t = (text: Text) => say(context.language, text);
  // The page's own heading is the document's title.
  const blocks = document.blocks.filter((block) => !(block.kind === 'heading' && block.level === 1));
  return layout(context, {
    title: { da: document.title, en: document.title },
    trail: [
      { href: '/chefgruppen', label: message('web.common.menu.chefgruppen.cycles') },
      { href: `/chefgruppen/cykler/${cycleId}`, label: message('web.print.print-page.the-round') },
    ],
    body: html`<p class="no-print">
        ${t(message('web.print.print-page.how'))}
        <a href="${printPaths.summaryPdf(cycleId)}">${t(message('web.print.links.summary-pdf'))}</a>
      </p>
      <article class="print-document">${blocks.map(blockHtml)}</article>`,
  });
}

/** A printed document's block as HTML: the print view of any document. */
export function blockHtml(block: Block): Html {
  switch (block.kind) {
    case 'heading':
      return block.level === 2 ? html`<h2>${block.text}</h2>` : html`<h3>${block.text}</h3>`;
    case 'paragraph':
      return html`<p>${block.spans.map(spanHtml)}</p>`;
    case 'list': {
      const items = block.items.map((spans) => html`<li>${spans.map(spanHtml)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
  }
}

function spanHtml(span: Span): Html {
  let inner = html`${span.text}`;
  if (span.emphasis) inner = html`<em>${inner}</em>`;
  if (span.strong) inner = html`<strong>${inner}</strong>`;
  return span.href ? html`<a href="${span.href}">${inner}</a>` : inner;
}
