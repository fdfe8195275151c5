import { message } from '@ledelsesrum/messages';
import { CHANNELS } from '../common/channel-suggestions';
import { commandKeyField } from '../common/command-key';
import { dateField } from '../common/date-fields';
import { csrfField, errorSummary, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';

export const CASCADE_LABELS: Readonly<Record<string, Text>> = {
  passedOnAt: message('web.confirm.form.passed-on-at'),
  channel: message('web.leader.cascade.channel'),
  note: message('web.confirm.form.note'),
};

/** The confirmation, or its correction: the same fields, their own words and route. */
const PURPOSES = {
  confirm: {
    path: 'bekraeft',
    title: message('web.confirm.form.title'),
    intro: message('web.confirm.form.intro'),
    submit: message('web.confirm.form.submit'),
  },
  correct: {
    path: 'ret',
    title: message('web.corrections.correct.title'),
    intro: message('web.corrections.correct.intro'),
    submit: message('web.corrections.correct.submit'),
  },
} as const;

/**
 * The leader's one action once the summary is out: confirming that they told their staff (or correcting that,
 * `purpose` 'correct'). The fields and their messages are the personal link's (readConfirmForm), so both ways in say
 * the same.
 */
export function cascadeForm(
  context: PageContext,
  cycleId: string,
  state: FormState,
  purpose: keyof typeof PURPOSES = 'confirm',
): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const words = PURPOSES[purpose];
  return html`<section class="panel" aria-labelledby="bekraeft-overskrift">
    <h2 id="bekraeft-overskrift">${t(words.title)}</h2>
    <p>
      ${t(words.intro)}
    </p>
    ${errorSummary(context, state, CASCADE_LABELS)}
    <form id="bekraeft" method="post" action="/leder/cykler/${cycleId}/${words.path}" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${dateField(context, state, { name: 'passedOnAt', label: CASCADE_LABELS['passedOnAt']!, required: true })}
      ${channelField(context, state)}
      ${textArea(context, state, {
        name: 'note',
        label: CASCADE_LABELS['note']!,
        hint: message('web.leader.cascade.note.hint'),
        maxLength: 2_000,
        rows: 4,
      })}
      <button type="submit" class="button button-primary">${t(words.submit)}</button>
    </form>
  </section>`;
}

/** A text field with suggestions (a datalist): on a phone a tap on a suggestion fills it in. */
function channelField(context: PageContext, state: FormState): Html {
  const { language } = context;
  const error = state.errors['channel'];
  const value = typeof state.values['channel'] === 'string' ? state.values['channel'] : '';
  const described = error ? 'channel-hint channel-error' : 'channel-hint';
  return html`<div class="field${error ? ' invalid' : ''}">
    <label for="channel">${say(language, CASCADE_LABELS['channel']!)}</label>
    <p class="hint" id="channel-hint">
      ${say(language, message('web.leader.cascade.channel.hint'))}
    </p>
    ${error ? html`<p class="error" id="channel-error">${say(language, error)}</p>` : ''}
    <input
      type="text"
      id="channel"
      name="channel"
      value="${value}"
      list="channel-suggestions"
      maxlength="200"
      autocomplete="off"
      aria-describedby="${described}"
      ${error ? html` aria-invalid="true"` : ''}
    />
    <datalist id="channel-suggestions">
      ${CHANNELS.map((channel) => html`<option value="${channel}"></option>`)}
    </datalist>
  </div>`;
}
