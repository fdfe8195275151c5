import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { message } from '@ledelsesrum/messages';
import { say } from '../common/text';
import type { Block, PrintDocument, Span } from './print-document';

/**
 * DejaVu, embedded: PDF/A allows no font the reader's machine must supply, and DejaVu has every Danish letter. Found
 * through its package, which is where npm put it whether the code runs from the sources or from dist/.
 */
const FONT_FOLDER = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: join(FONT_FOLDER, 'DejaVuSans.ttf'),
  bold: join(FONT_FOLDER, 'DejaVuSans-Bold.ttf'),
  italic: join(FONT_FOLDER, 'DejaVuSans-Oblique.ttf'),
  boldItalic: join(FONT_FOLDER, 'DejaVuSans-BoldOblique.ttf'),
} as const;

const LANGUAGE_TAGS = { da: 'da-DK', en: 'en-GB' } as const;
const HEADING_SIZES = { 1: 20, 2: 15, 3: 12.5 } as const;
const BODY_SIZE = 11;
/** 2 cm on every side of an A4 page (in points), room for the page number below. */
const MARGIN = 57;
const LIST_INDENT = 16;

/**
 * A document as PDF/A-2a: A4, fonts embedded, the text tagged as a structure (headings, paragraphs, lists) in the
 * document's language so that a screen reader and a case-management system's text extraction read it in order, with
 * the title, author and creation date in its XMP metadata, and "Side 2 af 3" at the foot of every page (marked as
 * pagination, not content). PDF/A-2a rather than -2b: the tagging is what makes the filed copy accessible.
 */
export function renderPdf(document: PrintDocument, createdAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: LANGUAGE_TAGS[document.language],
    displayTitle: true,
    bufferPages: true,
    info: { Title: document.title, Author: 'ledelsesrum', Creator: 'ledelsesrum', CreationDate: createdAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  doc.font('regular').fontSize(BODY_SIZE);
  const root = doc.struct('Document');
  doc.addStructure(root);
  for (const block of document.blocks) writeBlock(doc, root, block);
  root.end();
  writePageNumbers(doc, document);
  doc.end();
  return done;
}

type Pdf = InstanceType<typeof PDFDocument>;
type Structure = ReturnType<Pdf['struct']>;

function writeBlock(doc: Pdf, parent: Structure, block: Block): void {
  switch (block.kind) {
    case 'heading': {
      const size = HEADING_SIZES[block.level];
      doc.moveDown(block.level === 1 ? 0 : 0.6);
      parent.add(
        doc.struct(`H${block.level}`, {}, () => {
          doc
            .font('bold')
            .fontSize(size)
            .text(block.text, MARGIN, undefined, { width: textWidth(doc) });
        }),
      );
      doc.font('regular').fontSize(BODY_SIZE).moveDown(0.3);
      return;
    }
    case 'paragraph':
      parent.add(doc.struct('P', {}, () => writeSpans(doc, block.spans, MARGIN)));
      doc.moveDown(0.5);
      return;
    case 'list': {
      const list = doc.struct('L');
      parent.add(list);
      block.items.forEach((spans, index) => {
        const item = doc.struct('LI');
        list.add(item);
        const top = doc.y;
        const label = block.ordered ? `${index + 1}.` : '•';
        item.add(doc.struct('Lbl', {}, () => doc.font('regular').text(label, MARGIN, top, { lineBreak: false })));
        item.add(doc.struct('LBody', {}, () => writeSpans(doc, spans, MARGIN + LIST_INDENT, top)));
        item.end();
        doc.moveDown(0.2);
      });
      list.end();
      doc.moveDown(0.3);
      return;
    }
  }
}

/** Runs of text in their styles, as one wrapped paragraph from `x`; a link's address follows its text. */
function writeSpans(doc: Pdf, spans: readonly Span[], x: number, y?: number): void {
  const runs = spans.flatMap((span) =>
    span.href ? [span, { ...span, text: ` (${span.href})`, href: undefined }] : [span],
  );
  if (runs.length === 0) return;
  const width = doc.page.width - MARGIN - x;
  runs.forEach((run, index) => {
    const continued = index < runs.length - 1;
    doc.font(fontOf(run)).fontSize(BODY_SIZE);
    if (index === 0) doc.text(run.text, x, y, { width, continued });
    else doc.text(run.text, { continued });
  });
  doc.font('regular');
}

function fontOf(span: Span): keyof typeof FONTS {
  if (span.strong) return span.emphasis ? 'boldItalic' : 'bold';
  return span.emphasis ? 'italic' : 'regular';
}

function textWidth(doc: Pdf): number {
  return doc.page.width - 2 * MARGIN;
}

/** "Side 1 af 3" in the bottom margin of each page, drawn once every page exists. */
function writePageNumbers(doc: Pdf, document: PrintDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    // Writing in the margin would otherwise make pdfkit start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = say(document.language, message('web.print.page-number', { page: index + 1, pages: count }));
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font('regular')
      .fontSize(9)
      .text(text, MARGIN, doc.page.height - MARGIN / 2 - 9, {
        width: textWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
