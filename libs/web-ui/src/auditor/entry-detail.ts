import { formatDate, type CycleEvent } from '@ledelsesrum/domain';
import type { CycleHistoryEntry } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { inEachLanguage, say, type Language } from '../common/text';

/**
 * Why, under what an event did, where the event records it: the reason for a release, its undoing, a withdrawn
 * confirmation or a closed round, and what a corrected confirmation says now. The data comes opened for the reader.
 */
export function entryDetail(language: Language, entry: CycleHistoryEntry): Html {
  const event = { type: entry.type, data: entry.data } as CycleEvent;
  if (event.type === 'CascadeConfirmationCorrected') {
    const passedOnAt = inEachLanguage((each) => formatDate(each, event.data.passedOnAt));
    const now = message('web.corrections.now', { passedOnAt, channel: event.data.channel });
    return html`<br /><span class="muted">${say(language, now)}</span>`;
  }
  const reason = (entry.data as { reason?: unknown } | null)?.reason;
  if (typeof reason !== 'string') return html``;
  return html`<br /><span class="muted">${say(language, message('web.corrections.reason'))}: ${reason}</span>`;
}
