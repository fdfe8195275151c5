import { ROLES } from '@ledelsesrum/auth';
import type { Language } from '@ledelsesrum/domain';
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
  role: { da: 'Rolle', en: 'Role' },
  personId: { da: 'Person', en: 'Person' },
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
          ${say(language, { da: 'Log ind med organisationens login', en: 'Sign in with the organisation’s login' })}
        </h2>
        <p>
          <a class="button" href="/log-ind/oidc${back ? `?tilbage=${encodeURIComponent(back)}` : ''}"
            >${say(language, {
              da: 'Log ind',
              en: 'Sign in',
            })}</a
          >
        </p>
      </section>`
    : '';
  const dev = options.devSignIn.usable
    ? html`<section class="panel">
        <h2>${say(language, { da: 'Udviklingslogin', en: 'Development sign-in' })}</h2>
        <p class="hint">
          ${say(language, {
            da: 'Kun til udvikling og afprøvning: vælg hvem du er, og i hvilken rolle. Slås fra, når organisationens login er sat op.',
            en: 'For development and trials only: choose who you are, and in which role. Off once the organisation’s login is set up.',
          })}
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
            hint: {
              da: 'Ledere og facilitatorer vælger sig selv. Chefgruppen og revisorer kan også logge ind uden at være i organisationen.',
              en: 'Leaders and facilitators choose themselves. Chefgruppen and auditors may also sign in without being in the organisation.',
            },
            choices: [
              { value: '', label: say(language, { da: '(ingen bestemt person)', en: '(no particular person)' }) },
              ...people.map((person) => ({
                value: person.id,
                label: `${person.name} – ${person.area}, ${person.level}${person.facilitator ? `, ${say(language, ROLE_NAMES.facilitator).toLowerCase()}` : ''}`,
              })),
            ],
          })}
          <button type="submit">${say(language, { da: 'Log ind', en: 'Sign in' })}</button>
        </form>
      </section>`
    : options.devSignIn.on
      ? html`<p class="notice">
          ${say(language, {
            da: 'Udviklingslogin virker kun fra den maskine, ledelsesrum kører på.',
            en: 'Development sign-in works only from the machine ledelsesrum runs on.',
          })}
        </p>`
      : '';
  return layout(context, {
    title: { da: 'Log ind', en: 'Sign in' },
    hasErrors,
    body: html`<p>
        ${say(language, {
          da: 'Ledelsesrum samler kommunens tværgående ledelsesgrupper: dagsorden, forberedelse, møder, opsamling og videreformidling.',
          en: 'Ledelsesrum brings together the municipality’s cross-cutting leadership groups: agenda, preparation, meetings, summary and cascade.',
        })}
      </p>
      ${oidc} ${dev}
      <p>
        ${say(language, {
          da: 'Har du fået et personligt link i en e-mail, kan du bekræfte din videreformidling dér uden at logge ind.',
          en: 'If you received a personal link by e-mail, you can confirm your cascade there without signing in.',
        })}
      </p>`,
  });
}
