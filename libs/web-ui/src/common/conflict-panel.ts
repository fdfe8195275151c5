import { message } from '@ledelsesrum/messages';
import { html, type Html } from './html';
import type { PageContext } from './page-context';
import { say } from './text';

/**
 * After a form met a conflict with the stored state (the stage moved on in another tab, someone else was first): why
 * it was refused, and what the person wrote, beside the page that now shows where things stand. It takes the focus,
 * as the error summary does, so it is read first.
 */
export function conflictPanel(context: PageContext): Html {
  const conflict = context.shown?.conflict;
  if (!conflict) return html``;
  const { language } = context;
  return html`<div class="alert alert-warning conflict" role="alert" tabindex="-1" autofocus>
    <div class="alert-body">
      <h2 class="alert-heading">${say(language, message('web.forms.conflict.heading'))}</h2>
      <p class="alert-text">${say(language, conflict.refusal)}</p>
      ${
        conflict.typed.length > 0
          ? html`<p class="alert-text">${say(language, message('web.forms.conflict.where'))}</p>
            <dl class="typed">
              ${conflict.typed.map(
                (entry) =>
                  html`<dt>${say(language, entry.label)}</dt>
                    <dd class="typed-text">${entry.value}</dd>`,
              )}
            </dl>`
          : ''
      }
    </div>
  </div>`;
}
