import MarkdownIt from 'markdown-it';
import type { Block, Span } from './print-document';

/**
 * The summary's Markdown subset for print: paragraphs, lists, emphasis, strong, headings and links; raw HTML is not
 * read, and anything else is read as its plain text. Made once: building a parser costs more than using one.
 */
const parser = new MarkdownIt('zero', { html: false, linkify: false }).enable([
  'paragraph',
  'list',
  'heading',
  'emphasis',
  'link',
  'newline',
]);

type Token = ReturnType<typeof parser.parse>[number];

const SAFE_LINK = /^(https?:|mailto:)/i;

/** A Markdown text as print blocks, its paragraphs and bullets kept; its headings (### and ####) become level 3. */
export function markdownBlocks(text: string): Block[] {
  const tokens = parser.parse(text, {});
  const blocks: Block[] = [];
  // The lists being read, innermost last: a nested list's items are printed as items of the outer list.
  const lists: { ordered: boolean; items: Span[][] }[] = [];
  let headingOpen = false;
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', items: [] });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const list = lists.pop()!;
        const outer = lists.at(-1);
        if (outer) outer.items.push(...list.items);
        else blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
        break;
      }
      case 'heading_open':
        headingOpen = true;
        break;
      case 'heading_close':
        headingOpen = false;
        break;
      case 'inline': {
        const spans = inlineSpans(token.children ?? []);
        const list = lists.at(-1);
        if (headingOpen) blocks.push({ kind: 'heading', level: 3, text: spans.map((span) => span.text).join('') });
        else if (list) list.items.push(spans);
        else blocks.push({ kind: 'paragraph', spans });
        break;
      }
    }
  }
  return blocks;
}

function inlineSpans(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let strong = 0;
  let emphasis = 0;
  let href: string | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'strong_open':
      case 'strong_close':
        strong += token.nesting;
        break;
      case 'em_open':
      case 'em_close':
        emphasis += token.nesting;
        break;
      case 'link_open': {
        const target = String(token.attrGet('href') ?? '');
        href = SAFE_LINK.test(target) ? target : undefined;
        break;
      }
      case 'link_close':
        href = undefined;
        break;
      case 'softbreak':
      case 'hardbreak':
        spans.push({ text: ' ' });
        break;
      default:
        if (token.content)
          spans.push({
            text: token.content,
            ...(strong > 0 ? { strong: true } : {}),
            ...(emphasis > 0 ? { emphasis: true } : {}),
            ...(href ? { href } : {}),
          });
    }
  }
  return spans;
}
