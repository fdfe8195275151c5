import { formatDate, MAX_REACH_ANSWER, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { errorSummary, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import { markdown } from '../common/markdown';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';

/** What a workplace's page shows: the round's summary for everyone, this workplace's leader's words for its staff. */
export interface WorkplaceView {
  readonly cycle: LaunchedCycle & { readonly summary: NonNullable<LaunchedCycle['summary']> };
  /** The workplace's name, when the organisation file gives one. */
  readonly workplace?: string;
  readonly keyPoints: readonly string[];
  readonly reflection?: string;
  /** Whether this browser already answered for this round. */
  readonly answered: boolean;
  readonly token: string;
  readonly form: FormState;
}

export const HEARD_LABELS: Readonly<Record<string, Text>> = { answer: message('web.workplace.heard.question') };

/**
 * `/arbejdsplads/:token`: the round as the original notice tells the organisation — the theme, chefgruppen's summary,
 * what the groups worked on (no names) — and this workplace's leader's reflection, with the anonymous "Jeg har hørt om
 * det" and its one optional question.
 */
export function workplacePage(context: PageContext, view: WorkplaceView): Html {
  const t = (text: Text) => say(context.language, text);
  const { cycle } = view;
  const workplace = view.workplace ?? t(message('web.workplace.page.your-workplace'));
  return layout(context, {
    title: { da: cycle.theme, en: cycle.theme },
    hasErrors: Object.keys(view.form.errors).length > 0,
    body: html`<p class="lead">${t(message('web.workplace.page.intro', { workplace }))}</p>
      <h2>${t(message('web.leader.summary.title'))}</h2>
      <p class="muted">${t(message('web.leader.summary.published'))} ${formatDate(context.language, cycle.summary.publishedAt)}</p>
      <div class="panel summary-text">${markdown(cycle.summary.text)}</div>
      <h2>${t(message('web.workplace.page.key-points'))}</h2>
      ${
        view.keyPoints.length > 0
          ? html`<ul>
              ${view.keyPoints.map((point) => html`<li>${point}</li>`)}
            </ul>`
          : html`<p>${t(message('web.workplace.page.no-key-points'))}</p>`
      }
      <h2>${t(message('web.workplace.page.leaders-reflection'))}</h2>
      ${
        view.reflection
          ? html`<p class="panel typed-text">${view.reflection}</p>`
          : html`<p>${t(message('web.workplace.page.no-reflection'))}</p>`
      }
      ${heardSection(context, view)}`,
  });
}

function heardSection(context: PageContext, view: WorkplaceView): Html {
  const t = (text: Text) => say(context.language, text);
  if (view.answered) {
    return html`<p class="alert alert-success notice" role="status">${t(message('web.workplace.heard.thanks'))}</p>`;
  }
  return html`<section class="panel" aria-labelledby="hoert-overskrift">
    <h2 id="hoert-overskrift">${t(message('web.workplace.heard.title'))}</h2>
    <p>${t(message('web.workplace.heard.intro'))}</p>
    ${errorSummary(context, view.form, HEARD_LABELS)}
    <form method="post" action="/arbejdsplads/${encodeURIComponent(view.token)}" novalidate>
      ${textArea(context, view.form, {
        name: 'answer',
        label: HEARD_LABELS['answer']!,
        hint: message('web.workplace.heard.question-hint'),
        maxLength: MAX_REACH_ANSWER,
        rows: 4,
      })}
      <button type="submit" class="button button-primary">${t(message('web.workplace.heard.submit'))}</button>
    </form>
  </section>`;
}

/** A link this site did not sign for a workplace, or a round whose summary is not out: a short page, no details. */
export function workplaceNotAvailablePage(context: PageContext, reason: 'invalid' | 'not-yet'): Html {
  const text = message(reason === 'invalid' ? 'web.workplace.link.invalid' : 'web.workplace.link.not-yet');
  return layout(context, {
    title: message('web.workplace.heard.title'),
    body: html`<p class="alert alert-info notice" role="alert">${say(context.language, text)}</p>`,
  });
}
