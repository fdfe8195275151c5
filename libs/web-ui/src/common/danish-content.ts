import { html, type Html } from './html';
import type { Language } from './text';

/**
 * What people in the organisation wrote (names of groups and areas, themes, agenda items, summaries) is Danish whatever
 * the page's language: on an English page it is marked `lang="da"` (WCAG 3.1.2), so a screen reader speaks it as Danish.
 */
export function danish(language: Language, text: string): Html {
  return language === 'da' ? html`${text}` : html`<span lang="da">${text}</span>`;
}
