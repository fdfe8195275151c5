import { ROLES } from '@ledelsesrum/auth';
import type { Language } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { csrfField, errorSummary, selectField, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { DevSignIn } from '../common/dev-sign-in';
import type { PageContext } from '../common/page-context';
import { ROLE_NAMES } from '../common/roles-text';
import { say, type Text } from '../common/text';

export interface SignInChoice {
  readonly id: string;
  readonly name: string;
  readonly area: string;
  readonly level: string;
  readonly facilitator: boolean;
  readonly language?: Language;
}

const LABELS: Readonly<Record<string, Text>> = {
  role: message('web.sign-in.dev.role'),
  personId: message('web.sign-in.dev.person'),
};

/** The way in: the organisation's own login when configured, and the development sign-in when it is on. */
export function signInPage(
  context: PageContext,
  people: readonly SignInChoice[],
  state: FormState,
  options: { readonly devSignIn: DevSignIn; readonly oidc: boolean },
  back: string,
): Html {
  const { language } = context;
  const hasErrors = Object.keys(state.errors).length > 0;
  const oidc = options.oidc
    ? html`<section class="panel">
        <h2>
          ${say(language, message('web.sign-in.oidc.heading'))}
        </h2>
        <p>
          <a class="button button-primary" href="/log-ind/oidc${back ? `?tilbage=${encodeURIComponent(back)}` : ''}"
            >${say(language, message('web.sign-in.submit'))}</a
          >
        </p>
      </section>`
    : '';
  const dev = options.devSignIn.usable
    ? html`<section class="panel">
        <h2>${say(language, message('web.sign-in.dev.heading'))}</h2>
        <p class="hint">
          ${say(language, message('web.sign-in.dev.hint'))}
        </p>
        ${errorSummary(context, state, LABELS)}
        <form method="post" action="/log-ind" novalidate>
          ${csrfField(context)}
          <input type="hidden" name="tilbage" value="${back}" />
          ${selectField(context, state, {
            name: 'role',
            label: LABELS['role']!,
            choices: ROLES.map((role) => ({ value: role, label: say(language, ROLE_NAMES[role]) })),
          })}
          ${selectField(context, state, {
            name: 'personId',
            label: LABELS['personId']!,
            hint: message('web.sign-in.dev.person.hint'),
            choices: [
              { value: '', label: say(language, message('web.sign-in.dev.person.none')) },
              ...people.map((person) => ({
                value: person.id,
                label: `${person.name} – ${person.area}, ${person.level}${person.facilitator ? `, ${say(language, ROLE_NAMES.facilitator).toLowerCase()}` : ''}`,
              })),
            ],
          })}
          <button type="submit" class="button button-primary">${say(language, message('web.sign-in.submit'))}</button>
        </form>
      </section>`
    : options.devSignIn.on
      ? html`<p class="alert alert-info notice">
          ${say(language, message('web.sign-in.dev.local-only'))}
        </p>`
      : '';
  return layout(context, {
    title: message('web.sign-in.title'),
    hasErrors,
    body: html`<p>
        ${say(language, message('web.sign-in.intro'))}
      </p>
      ${oidc} ${dev}
      <p>
        ${say(language, message('web.sign-in.personal-link'))}
      </p>`,
  });
}
