import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../common/command-key';
import { csrfField, errorSummary, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { cascadeForm } from './cascade-form.page';

/** The error summary names the field briefly; the field itself asks the question. */
export const WITHDRAWAL_LABELS: Readonly<Record<string, Text>> = { reason: message('web.corrections.reason') };

/** The way to put a confirmation right, under its receipt, while the round is not completed. */
export function correctionLinks(context: PageContext, cycle: LaunchedCycle): Html {
  if (cycle.stage === 'completed') return html``;
  const t = (text: Text) => say(context.language, text);
  const base = `/leder/cykler/${cycle.id}`;
  return html`<p>${t(message('web.corrections.while-open'))}</p>
    <p class="actions">
      <a class="button secondary" href="${base}/ret">${t(message('web.corrections.correct'))}</a>
      <a class="button secondary" href="${base}/traek-tilbage">${t(message('web.corrections.withdraw'))}</a>
    </p>`;
}

/** The confirmation's form again, filled in with the confirmation as it stands, to correct it. */
export function cascadeCorrectionPage(context: PageContext, cycle: LaunchedCycle, form: FormState): Html {
  return roundPage(context, cycle, form, cascadeForm(context, cycle.id, form, 'correct'));
}

/** Asks first: what withdrawing means, and why; the leader can keep the confirmation instead. */
export function cascadeWithdrawalPage(context: PageContext, cycle: LaunchedCycle, form: FormState): Html {
  const t = (text: Text) => say(context.language, text);
  const body = html`<section class="panel" aria-labelledby="traek-tilbage-overskrift">
    <h2 id="traek-tilbage-overskrift">${t(message('web.corrections.withdraw.title'))}</h2>
    <p class="notice">${t(message('web.corrections.withdraw.consequence'))}</p>
    ${errorSummary(context, form, WITHDRAWAL_LABELS)}
    <form method="post" action="/leder/cykler/${cycle.id}/traek-tilbage" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${textArea(context, form, {
        name: 'reason',
        label: message('web.corrections.withdraw.reason'),
        hint: message('web.corrections.withdraw.reason.hint'),
        maxLength: 2_000,
        rows: 3,
      })}
      <div class="actions">
        <button type="submit" class="warning">${t(message('web.corrections.withdraw.submit'))}</button>
        <a href="/leder/cykler/${cycle.id}">${t(message('web.corrections.withdraw.keep'))}</a>
      </div>
    </form>
  </section>`;
  return roundPage(context, cycle, form, body);
}

function roundPage(context: PageContext, cycle: LaunchedCycle, form: FormState, body: Html): Html {
  return layout(context, {
    title: { da: cycle.theme, en: cycle.theme },
    hasErrors: Object.keys(form.errors).length > 0,
    trail: [
      { href: '/leder', label: message('web.common.menu.leader') },
      { href: `/leder/cykler/${cycle.id}`, label: { da: cycle.theme, en: cycle.theme } },
    ],
    body,
  });
}
