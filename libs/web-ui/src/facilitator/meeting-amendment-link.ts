import { formatDateTime, type CycleGroup, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { inEachLanguage, say } from '../common/text';

/**
 * Whether the reader may amend the group's record now, by the rule of PUT /api/cycles/:id/meetings/:groupId: it is
 * recorded, the cycle is still running, and the reader is chefgruppen or (until the summary) the group's facilitator.
 */
export function mayAmendRecord(
  cycle: LaunchedCycle,
  group: CycleGroup,
  reader: { readonly id: string; readonly roles: readonly string[] },
): boolean {
  if (!group.meeting || cycle.stage === 'completed' || cycle.stage === 'cancelled') return false;
  return reader.roles.includes('chefgruppen') || (group.facilitatorId === reader.id && cycle.summary === undefined);
}

export function amendmentPath(cycleId: string, groupId: string): string {
  return `/facilitator/cykler/${cycleId}/grupper/${groupId}/ret`;
}

/** That the record was amended and when; and "Ret referatet", where the reader may. */
export function amendLink(context: PageContext, cycle: LaunchedCycle, group: CycleGroup): Html {
  const { language } = context;
  const amendedAt = group.meeting?.amendedAt;
  const amended = amendedAt
    ? html`<p>
        ${say(language, message('web.corrections.amend.amended', { at: inEachLanguage((each) => formatDateTime(each, amendedAt)) }))}
      </p>`
    : html``;
  if (!context.session || !mayAmendRecord(cycle, group, context.session)) return amended;
  return html`${amended}
    <p class="actions">
      <a class="button" href="${amendmentPath(cycle.id, group.id)}"
        >${say(language, message('web.corrections.amend.action'))}</a
      >
    </p>`;
}
