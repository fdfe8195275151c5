import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { EMPTY_FORM, errorSummary, selectField, textArea, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { ACTION_LABELS, actionForm } from './action-form';
import type { PeopleDirectory } from './people';

/**
 * Undoing the release of one of those released, with a reason (POST /api/cycles/:id/cascades/:personId/release/undo
 * does the same): they are pending again, and reminded as the schedule says. Only the released are offered.
 */
export function undoReleaseForm(
  context: PageContext,
  cycleId: string,
  released: readonly string[],
  directory: PeopleDirectory,
  shownAgain: FormState | undefined,
): Html {
  const { language } = context;
  const state = shownAgain ?? EMPTY_FORM;
  const choices = [
    { value: '', label: say(language, message('web.corrections.undo-release.choose')) },
    ...released.map((id) => ({ value: id, label: directory.personName(id) })),
  ];
  return html`<h3>${say(language, message('web.corrections.undo-release.title'))}</h3>
    <p class="hint">
      ${say(language, message('web.corrections.undo-release.hint'))}
    </p>
    ${errorSummary(context, state, ACTION_LABELS)}
    ${actionForm(
      context,
      cycleId,
      'fortryd-fritagelse',
      html`${selectField(context, state, { name: 'undoReleasePersonId', label: ACTION_LABELS['undoReleasePersonId']!, choices })}
      ${textArea(context, state, { name: 'undoReleaseReason', label: ACTION_LABELS['undoReleaseReason']!, rows: 3 })}`,
      html`<button type="submit" class="secondary">
        ${say(language, message('web.corrections.undo-release.title'))}
      </button>`,
    )}`;
}

/** Those released from the cascade: the ones whose release can be undone. */
export function releasedIds(cycle: LaunchedCycle): string[] {
  return cycle.participants.values().flatMap((participant) => (participant.released ? [participant.personId] : []));
}
