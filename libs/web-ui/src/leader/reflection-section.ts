import { formatDateTime, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { commandKeyField } from '../common/command-key';
import { csrfField, EMPTY_FORM, errorSummary, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { inEachLanguage, say, type Text } from '../common/text';

/** The most a reflection holds, as the API's ReflectionDto takes it. */
const MAX_REFLECTION = 4_000;

/** The reflection form's one field, as its errors name it. */
export const REFLECTION_LABELS: Readonly<Record<string, Text>> = {
  text: message('web.workplace.reflection.text'),
};

/** The name of the reflection form among the round page's forms (the flash names the form it keeps). */
export const REFLECTION_FORM = 'refleksion';

/** The reflection form as it was refused, when the flash names it; else empty. */
export function shownReflectionForm(context: PageContext): FormState {
  return context.shown?.name === REFLECTION_FORM ? context.shown.form : EMPTY_FORM;
}

/** What the leader wrote for their workplace, as it now reads. */
export interface ReflectionShown {
  readonly text: string;
  readonly writtenAt: string;
}

/**
 * "Hvad betyder det for os": the leader's own words for their workplace, once the summary is out, and rewritable
 * until the round is completed; after that the words as they stand. `form` holds what was typed when it was refused.
 */
export function reflectionSection(
  context: PageContext,
  cycle: LaunchedCycle,
  reflection: ReflectionShown | undefined,
  form: FormState,
): Html {
  const t = (text: Text) => say(context.language, text);
  const heading = html`<h2 id="refleksion-overskrift">${t(message('web.workplace.reflection.title'))}</h2>`;
  if (!cycle.summary || cycle.stage === 'cancelled') {
    return html`<section class="panel" aria-labelledby="refleksion-overskrift">
      ${heading}
      <p>${t(message('web.workplace.reflection.not-yet'))}</p>
    </section>`;
  }
  const saved = reflection
    ? html`<p class="muted">
        ${t(message('web.workplace.reflection.saved', { at: inEachLanguage((each) => formatDateTime(each, reflection.writtenAt)) }))}
      </p>`
    : '';
  if (cycle.stage === 'completed') {
    return html`<section class="panel" aria-labelledby="refleksion-overskrift">
      ${heading}
      ${reflection ? html`<p class="typed-text">${reflection.text}</p>` : ''} ${saved}
      <p>${t(message('web.workplace.reflection.final'))}</p>
    </section>`;
  }
  const typed = Object.keys(form.errors).length > 0 || typeof form.values['text'] === 'string';
  return html`<section class="panel" aria-labelledby="refleksion-overskrift">
    ${heading}
    <p>${t(message('web.workplace.reflection.intro'))}</p>
    ${saved} ${errorSummary(context, form, REFLECTION_LABELS)}
    <form id="${REFLECTION_FORM}" method="post" action="/leder/cykler/${cycle.id}/refleksion" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${textArea(context, form, {
        name: 'text',
        label: REFLECTION_LABELS['text']!,
        hint: message('web.workplace.reflection.hint'),
        required: true,
        maxLength: MAX_REFLECTION,
        rows: 6,
        ...(typed ? {} : { value: reflection?.text ?? '' }),
      })}
      <button type="submit" class="button button-primary">${t(message('web.workplace.reflection.save'))}</button>
    </form>
  </section>`;
}
