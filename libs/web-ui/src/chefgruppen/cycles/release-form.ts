import { message } from '@ledelsesrum/messages';
import { EMPTY_FORM, errorSummary, selectField, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { ACTION_LABELS, actionForm } from './action-form';
import type { PeopleDirectory } from './people';

/**
 * Releasing one of the pending from the cascade, with a reason (POST /api/cycles/:id/cascades/:personId/release does
 * the same): they then no longer hold the cycle open. Only the pending are offered.
 */
export function releaseForm(
  context: PageContext,
  cycleId: string,
  pending: readonly string[],
  directory: PeopleDirectory,
  shownAgain: FormState | undefined,
): Html {
  const words: PersonFormWords = {
    title: message('web.chefgruppen.cycles.release-form.release-from-the-cascade'),
    hint: message('web.chefgruppen.cycles.release-form.hint'),
    choose: message('web.chefgruppen.cycles.release-form.choose-a-person'),
    submit: message('web.chefgruppen.cycles.release-form.release-the-person'),
  };
  const form = { action: 'fritag', fields: 'release' } as const;
  return personWithReasonForm(context, cycleId, { ...form, words, people: pending }, directory, shownAgain);
}

export interface PersonFormWords {
  readonly title: Text;
  readonly hint: Text;
  readonly choose: Text;
  readonly submit: Text;
}

/**
 * A form about one of `people` with a reason: whom (`<fields>PersonId`) and why (`<fields>Reason`), posted to
 * `/chefgruppen/cykler/:id/<action>`.
 */
export function personWithReasonForm(
  context: PageContext,
  cycleId: string,
  form: {
    readonly action: string;
    readonly fields: 'release' | 'undoRelease';
    readonly words: PersonFormWords;
    readonly people: readonly string[];
  },
  directory: PeopleDirectory,
  shownAgain: FormState | undefined,
): Html {
  const { language } = context;
  const { words } = form;
  const state = shownAgain ?? EMPTY_FORM;
  const [person, reason] = [`${form.fields}PersonId`, `${form.fields}Reason`];
  const choices = [
    { value: '', label: say(language, words.choose) },
    ...form.people.map((id) => ({ value: id, label: directory.personName(id) })),
  ];
  return html`<h3>${say(language, words.title)}</h3>
    <p class="hint">
      ${say(language, words.hint)}
    </p>
    ${errorSummary(context, state, ACTION_LABELS)}
    ${actionForm(
      context,
      cycleId,
      form.action,
      html`${selectField(context, state, { name: person, label: ACTION_LABELS[person]!, choices })}
      ${textArea(context, state, { name: reason, label: ACTION_LABELS[reason]!, rows: 3 })}`,
      html`<button type="submit" class="button button-secondary">
        ${say(language, words.submit)}
      </button>`,
    )}`;
}
