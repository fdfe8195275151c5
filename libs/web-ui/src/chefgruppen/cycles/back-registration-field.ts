import { message } from '@ledelsesrum/messages';
import type { FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';

/**
 * The launch form's checkbox for a meeting round that was already held: its date may be past, and the hint says what
 * then happens to prep (recorded without messages) before the person launches it.
 */
export function backRegistrationField(context: PageContext, state: FormState): Html {
  const { language } = context;
  const checked = state.values['backRegistration'] === 'true';
  return html`<div class="field">
    <div class="choice">
      <input
        type="checkbox"
        id="backRegistration"
        name="backRegistration"
        value="true"
        aria-describedby="backRegistration-hint"
        ${checked ? html` checked` : ''}
      />
      <label for="backRegistration">${say(language, message('web.chefgruppen.cycles.launch.back-registration'))}</label>
    </div>
    <p class="hint" id="backRegistration-hint">
      ${say(language, message('web.chefgruppen.cycles.launch.back-registration.hint'))}
    </p>
  </div>`;
}
