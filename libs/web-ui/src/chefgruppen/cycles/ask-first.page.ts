import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../../common/command-key';
import { csrfField } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';

/** A risky action's step before it happens: what it will do, and the one form that does it. */
export interface AskFirst {
  readonly cycle: LaunchedCycle;
  readonly title: Text;
  /** What will be sent or done, as it will be. */
  readonly preview: Html;
  /** Whom it reaches, or what follows from it. */
  readonly consequence: Text;
  /** The command's route under the cycle (`forberedelse`, `opsamling`, `luk`); absent when it cannot be done now. */
  readonly action?: string;
  readonly confirm?: { readonly label: Text; readonly danger?: boolean };
  /** What the form carries on unchanged (the text, the reason). */
  readonly carried?: Readonly<Record<string, string>>;
  /** Posting the carried fields here shows them again in the cycle page's form; without it, Back is a link. */
  readonly backAction?: string;
}

/**
 * The page between a risky action's form and the action. Its form holds a command key made when the page was shown,
 * so sending it twice (a double click, a reload) does the command once; Back keeps what was typed.
 */
export function askFirstPage(context: PageContext, ask: AskFirst): Html {
  const { language } = context;
  const base = `/chefgruppen/cykler/${ask.cycle.id}`;
  const back = ask.backAction
    ? html`<button type="submit" class="button button-secondary" formaction="${base}/${ask.backAction}">
        ${say(language, message('web.ask-first.back'))}
      </button>`
    : html`<a class="button button-secondary" href="${base}">${say(language, message('web.ask-first.back'))}</a>`;
  const carried = Object.entries(ask.carried ?? {}).map(
    ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
  );
  const form = ask.action
    ? html`<form method="post" action="${base}/${ask.action}" novalidate>
        ${csrfField(context)} ${commandKeyField()} ${carried}
        <div class="actions">
          <button type="submit" class="button ${ask.confirm?.danger ? 'button-warning' : 'button-primary'}">
            ${say(language, ask.confirm?.label ?? message('web.ask-first.send'))}
          </button>
          ${back}
        </div>
      </form>`
    : html`<p class="actions">
        <a class="button button-secondary" href="${base}">${say(language, message('web.ask-first.back'))}</a>
      </p>`;
  return layout(context, {
    title: ask.title,
    trail: [
      { href: '/chefgruppen', label: message('web.chefgruppen.cycles.common.cycles') },
      { href: base, label: { da: ask.cycle.theme, en: ask.cycle.theme } },
    ],
    body: html`<div class="panel ask-first-preview">${ask.preview}</div>
      <p class="alert alert-info notice ask-first-consequence" role="status">${say(language, ask.consequence)}</p>
      ${form}`,
  });
}
