/** Markup that is already safe: built by `html`, never from a plain string. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | undefined | null | false | readonly Part[];

/**
 * Builds markup from a template: every interpolated string is escaped, nested `html` is kept as it is, arrays are
 * joined and `undefined`/`null`/`false` leave nothing. So a page cannot hold text a person typed as markup.
 */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  parts.forEach((part, index) => {
    out += render(part) + strings[index + 1]!;
  });
  return new Html(out);
}

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values: the five characters that can end either. */
function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
