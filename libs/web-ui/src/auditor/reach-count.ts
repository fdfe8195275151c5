import { reachStreamId, shownCount, type ReachEvent } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';

/** A round's anonymous answers as the audit trail counts them, and the threshold below which the count is not shown. */
export interface ReachCount {
  readonly cycleId: string;
  readonly answers: number;
  readonly minAnswers: number;
}

/** Reads the round's reach stream (its own, beside the round's) and counts it; nothing in it names anyone. */
export async function readReachCount(store: EventStore, cycleId: string, minAnswers: number): Promise<ReachCount> {
  const events = (await store.readStream(reachStreamId(cycleId))) as unknown as ReachEvent[];
  return { cycleId, answers: events.filter((event) => event.type === 'ReachAnswered').length, minAnswers };
}

/**
 * The reach answers on the auditor's timeline: recorded as events in their own stream, counted here without
 * identities, and under the threshold only as "under N", as chefgruppen sees them.
 */
export function reachCountSection(context: PageContext, reach: ReachCount | undefined): Html {
  if (!reach) return html``;
  const { cycleId, answers, minAnswers } = reach;
  const shown = shownCount(answers, minAnswers);
  const count =
    shown === undefined
      ? message('web.workplace.reach.under', { min: minAnswers })
      : { da: `${shown}`, en: `${shown}` };
  return html`<section aria-labelledby="raekkevidde-overskrift">
    <h2 id="raekkevidde-overskrift">${say(context.language, message('web.workplace.reach.title'))}</h2>
    <p>
      ${say(context.language, message('web.workplace.reach.audit', { count, stream: reachStreamId(cycleId) }))}
    </p>
  </section>`;
}
