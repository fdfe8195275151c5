import { cycleStreamId } from '@ledelsesrum/domain';
import type { CycleHistoryEntry } from '@ledelsesrum/projections';
import type { FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { exportHref } from './export-links';
import { pointForms } from './point-forms';
import { statePanel, type ShownPoint } from './state-panel';
import { timelineTable } from './timeline-table';

export interface CycleTimeline {
  readonly cycleId: string;
  readonly history: readonly CycleHistoryEntry[];
  readonly form: FormState;
  /** Absent when the point asked for was not valid: the form then shows why, and no state is shown. */
  readonly shown?: ShownPoint;
  /** The events could not be folded into a state (their data does not have their types' shape). */
  readonly unreplayable?: boolean;
}

/** The theme the cycle was launched with: the first event says it, whatever came after. */
function themeOf(history: readonly CycleHistoryEntry[]): string {
  const data = history[0]?.data as { theme?: unknown } | undefined;
  return typeof data?.theme === 'string' ? data.theme : '';
}

/** Auditors come from their overview; chefgruppen, who may read the history too, from their cycles. */
function trailOf(context: PageContext): { href: string; label: Text }[] {
  return context.session?.roles.includes('auditor')
    ? [{ href: '/revision', label: { da: 'Revision', en: 'Audit' } }]
    : [{ href: '/chefgruppen', label: { da: 'Cyklusser', en: 'Cycles' } }];
}

/**
 * One cycle's whole history as the event store holds it, next to its state at a chosen point (by default the
 * latest): what an auditor needs to answer "what happened, who did it, and how did things stand then".
 */
export function cycleTimelinePage(context: PageContext, timeline: CycleTimeline): Html {
  const { language } = context;
  const { cycleId, history, form, shown } = timeline;
  const latest = history.at(-1)?.revision ?? 0;
  const hasErrors = Object.keys(form.errors).length > 0;
  const download = context.session?.roles.includes('auditor')
    ? html`<p>
        ${say(language, { da: 'Hent cyklussens hændelser:', en: 'Download the cycle’s events:' })}
        <a href="${exportHref('csv', cycleStreamId(cycleId))}">CSV</a>,
        <a href="${exportHref('jsonl', cycleStreamId(cycleId))}">JSON Lines</a>
      </p>`
    : '';
  return layout(context, {
    title: { da: `Tidslinje: ${themeOf(history)}`, en: `Timeline: ${themeOf(history)}` },
    hasErrors,
    trail: trailOf(context),
    body: html`<p class="muted">
        ${say(language, {
          da: `Cyklus ${cycleId}: ${history.length} hændelser, revision 0 til ${latest}.`,
          en: `Cycle ${cycleId}: ${history.length} events, revisions 0 to ${latest}.`,
        })}
      </p>
      ${download} ${pointForms(context, cycleId, form, latest)}
      ${
        timeline.unreplayable
          ? html`<p class="notice audit-broken" role="alert">
              ${say(language, {
                da: 'Tilstanden kan ikke genskabes: en hændelses data har ikke den form, dens type har. Kør kontrollen af hash-kæden på revisionssiden.',
                en: 'The state cannot be replayed: an event’s data does not have its type’s shape. Run the hash chain check on the audit page.',
              })}
            </p>`
          : ''
      }
      <div class="audit-split">
        ${shown ? statePanel(context, shown) : ''}
        <section aria-labelledby="tidslinje-overskrift">
          <h2 id="tidslinje-overskrift">${say(language, { da: 'Tidslinje', en: 'Timeline' })}</h2>
          ${timelineTable(context, cycleId, history, shown?.view.revision)}
        </section>
      </div>`,
  });
}
