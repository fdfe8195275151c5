import { CHANNELS } from '../common/channel-suggestions';
import { commandKeyField } from '../common/command-key';
import { csrfField, errorSummary, inputField, textArea, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';

export const CASCADE_LABELS: Readonly<Record<string, Text>> = {
  passedOnAt: { da: 'Hvornår gav du resultaterne videre?', en: 'When did you pass the results on?' },
  channel: { da: 'Hvordan gav du dem videre?', en: 'How did you pass them on?' },
  note: { da: 'Refleksion (valgfri)', en: 'Reflection (optional)' },
};

/**
 * The leader's one action once the summary is out: confirming that they told their staff. The fields and their
 * messages are the personal link's (readConfirmForm), so both ways in say the same.
 */
export function cascadeForm(context: PageContext, cycleId: string, state: FormState): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  return html`<section class="panel" aria-labelledby="bekraeft-overskrift">
    <h2 id="bekraeft-overskrift">${t({ da: 'Bekræft din videreformidling', en: 'Confirm your cascade' })}</h2>
    <p>
      ${t({
        da: 'Bekræft, at du har fortalt dine medarbejdere, hvad der kom ud af mødet, og hvad det betyder hos jer.',
        en: 'Confirm that you told your staff what came out of the meeting and what it means at your workplace.',
      })}
    </p>
    ${errorSummary(context, state, CASCADE_LABELS)}
    <form id="bekraeft" method="post" action="/leder/cykler/${cycleId}/bekraeft" novalidate>
      ${csrfField(context)} ${commandKeyField()}
      ${inputField(context, state, { name: 'passedOnAt', type: 'date', label: CASCADE_LABELS['passedOnAt']! })}
      ${channelField(context, state)}
      ${textArea(context, state, {
        name: 'note',
        label: CASCADE_LABELS['note']!,
        hint: {
          da: 'Fx hvad medarbejderne sagde, eller hvad I vil gøre nu.',
          en: 'E.g. what your staff said, or what you will do now.',
        },
        maxLength: 2_000,
        rows: 4,
      })}
      <button type="submit">${t({ da: 'Bekræft', en: 'Confirm' })}</button>
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
      ${say(language, {
        da: 'Fx på et personalemøde. Vælg et forslag, eller skriv selv.',
        en: 'E.g. at a staff meeting. Pick a suggestion, or write your own.',
      })}
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
