import type { Language } from '@ledelsesrum/domain';

/** A run of text in one style; a link keeps its address, which paper cannot follow, so it is printed beside it. */
export interface Span {
  readonly text: string;
  readonly strong?: boolean;
  readonly emphasis?: boolean;
  readonly href?: string;
}

/**
 * One block of a printed document. Only what the summary and a cycle's record need: headings in three levels,
 * paragraphs, and lists whose items are lines of spans.
 */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly spans: readonly Span[] }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Span[])[] };

/**
 * A document to print or file, the same for the PDF and the print view: its title (the PDF's metadata and first
 * heading), its language, and its blocks in reading order.
 */
export interface PrintDocument {
  readonly title: string;
  readonly language: Language;
  readonly blocks: readonly Block[];
}

export function heading(level: 1 | 2 | 3, text: string): Block {
  return { kind: 'heading', level, text };
}

export function paragraph(...spans: (Span | string)[]): Block {
  return { kind: 'paragraph', spans: spans.map((span) => (typeof span === 'string' ? { text: span } : span)) };
}

/** "Term: value" as a paragraph, the term in bold. */
export function fact(term: string, value: string): Block {
  return paragraph({ text: `${term}: `, strong: true }, value);
}

/** A bulleted list of plain lines; none when there are no lines. */
export function bullets(lines: readonly string[]): Block[] {
  return lines.length === 0 ? [] : [{ kind: 'list', ordered: false, items: lines.map((text) => [{ text }]) }];
}
