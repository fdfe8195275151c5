import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { say, type Language, type Text } from '../common/text';

/** Where a leader's own cascade stands in a cycle: as the personal link says it (confirm-link.service). */
export type CascadeStatus = 'pending' | 'confirmed' | 'released' | 'not_yet' | 'closed';

export function cascadeStatus(cycle: LaunchedCycle, personId: string): CascadeStatus | undefined {
  const participant = cycle.participants.get(personId);
  if (!participant) return undefined;
  if (participant.cascade) return 'confirmed';
  if (participant.released) return 'released';
  // Completed with this person unconfirmed: chefgruppen closed the round with them among the exceptions.
  if (cycle.stage === 'completed' || cycle.stage === 'cancelled') return 'closed';
  return cycle.stage === 'summary_published' ? 'pending' : 'not_yet';
}

const STATUS: Readonly<Record<CascadeStatus, { readonly text: Text; readonly tag: string }>> = {
  pending: { text: message('web.leader.cascade-status.pending'), tag: 'badge badge-warning' },
  confirmed: { text: message('web.leader.cascade-status.confirmed'), tag: 'badge badge-success' },
  released: { text: message('web.leader.cascade-status.released'), tag: 'badge' },
  not_yet: { text: message('web.leader.cascade-status.not-yet'), tag: 'badge' },
  closed: {
    text: message('web.leader.cascade-status.closed'),
    tag: 'badge badge-error',
  },
};

/** The status as a tag, in words (never by colour alone). */
export function cascadeStatusTag(language: Language, status: CascadeStatus): Html {
  return html`<span class="${STATUS[status].tag}">${say(language, STATUS[status].text)}</span>`;
}
