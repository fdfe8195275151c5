import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../../common/form-fields';
import type { Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import type { PeopleDirectory } from './people';
import { personWithReasonForm, type PersonFormWords } from './release-form';

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
  const words: PersonFormWords = {
    title: message('web.corrections.undo-release.title'),
    hint: message('web.corrections.undo-release.hint'),
    choose: message('web.corrections.undo-release.choose'),
    submit: message('web.corrections.undo-release.title'),
  };
  const form = { action: 'fortryd-fritagelse', fields: 'undoRelease' } as const;
  return personWithReasonForm(context, cycleId, { ...form, words, people: released }, directory, shownAgain);
}

/** Those released from the cascade: the ones whose release can be undone. */
export function releasedIds(cycle: LaunchedCycle): string[] {
  return cycle.participants.values().flatMap((participant) => (participant.released ? [participant.personId] : []));
}
