import { describeCycleEvent } from '@ledelsesrum/audit';
import { SYSTEM_ACTOR } from '@ledelsesrum/domain';
import type { CycleHistoryEntry } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { say, type Language, type Text } from '../common/text';
import { recordedRoleName } from './audit-words';

/**
 * What an event did, in the words `ledelsesrum replay` prints (libs/audit's describers). An event whose data does not
 * have the shape of its type (an event altered in the store, which is just when an auditor looks) is named by its
 * type rather than failing the page.
 */
export function describeEntry(entry: CycleHistoryEntry): Text {
  try {
    return describeCycleEvent(entry.type, entry.data);
  } catch {
    return message('web.auditor.entry.unreadable', { type: entry.type });
  }
}

/** Who caused the event and with which roles, as recorded: a person by id (names stay out of the audit trail). */
export function actorOf(language: Language, actor: CycleHistoryEntry['actor']): { who: string; roles: string } {
  if (actor.id === SYSTEM_ACTOR) {
    return { who: say(language, message('web.auditor.actor.system')), roles: '' };
  }
  const who = actor.id ?? say(language, message('web.auditor.actor.not-recorded'));
  const roles = (actor.roles ?? []).map((role) => say(language, recordedRoleName(role))).join(', ');
  return { who, roles };
}

/** How the request came in, when it was not a signed-in request: `confirm-link` is the leader's personal link. */
export function viaOf(via: string | undefined): Text | undefined {
  if (via === undefined) return undefined;
  if (via === 'confirm-link') return message('web.auditor.actor.via-personal-link');
  return message('web.auditor.actor.via', { via });
}
