import MarkdownIt from 'markdown-it';
import { Html } from './html';

/** The addresses a link may have; any other link (javascript:, data:, a relative path) stays as its text. */
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * A summary's or an agenda's text as chefgruppen wrote it: paragraphs, bullet and numbered lists, emphasis, strong,
 * headings and links, and nothing else. Raw HTML is shown as text, so what a person typed never becomes markup.
 */
const parser = new MarkdownIt('zero', { html: false, linkify: false, typographer: false, breaks: false }).enable([
  'heading',
  'list',
  'emphasis',
  'link',
  'escape',
]);

parser.validateLink = (url) => SAFE_LINK.test(url.trim());

// A page has its own h1 and h2; the text's headings sit below them, a "#" as h3 and anything deeper as h4.
const shifted = (tag: string) => `h${Math.min(Number(tag.slice(1)) + 2, 4)}`;
parser.renderer.rules.heading_open = (tokens, index, options, _env, self) => {
  tokens[index]!.tag = shifted(tokens[index]!.tag);
  return self.renderToken(tokens, index, options);
};
parser.renderer.rules.heading_close = parser.renderer.rules.heading_open;

parser.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index]!.attrSet('rel', 'noopener');
  return self.renderToken(tokens, index, options);
};

/** The text rendered as markup; `markdown-it` escapes every character that is not part of the allowed syntax. */
export function markdown(text: string): Html {
  return new Html(parser.render(text));
}
