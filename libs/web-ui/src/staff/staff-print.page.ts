import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import type { PrintDocument } from '../print/print-document';
import { blockHtml } from '../print/summary-print.page';
import { staffPaths } from './staff-paths';

/**
 * `/medarbejder/cykler/:id/udskriv`: the staff page on A4, to pin up or hand out. The print stylesheet leaves out the
 * menu, header, footer and this page's hint.
 */
export function staffPrintPage(context: PageContext, document: PrintDocument, cycleId: string): Html {
  // The page's own heading is the document's title.
  const blocks = document.blocks.filter((block) => !(block.kind === 'heading' && block.level === 1));
  return layout(context, {
    title: { da: document.title, en: document.title },
    trail: [
      { href: staffPaths.list, label: message('web.common.menu.employee') },
      { href: staffPaths.round(cycleId), label: message('web.staff.to-the-page') },
    ],
    body: html`<p class="no-print">${say(context.language, message('web.staff.print.how'))}</p>
      <article class="print-document">${blocks.map(blockHtml)}</article>`,
  });
}
