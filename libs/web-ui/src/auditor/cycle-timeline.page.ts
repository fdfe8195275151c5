import { cycleStreamId } from '@ledelsesrum/domain';
import type { CycleHistoryEntry } from '@ledelsesrum/projections';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import type { NameOfId } from './audit-names';
import { exportHref } from './export-links';
import { pointForms } from './point-forms';
import { statePanel, type ShownPoint } from './state-panel';
import { timelineTable } from './timeline-table';
import { reachCountSection, type ReachCount } from './reach-count';
import { printPaths } from '../print/print-links';

export interface CycleTimeline {
  readonly cycleId: string;
  readonly history: readonly CycleHistoryEntry[];
  /** Names beside the ids of people and groups. */
  readonly names: NameOfId;
  readonly form: FormState;
  /** Absent when the point asked for was not valid: the form then shows why, and no state is shown. */
  readonly shown?: ShownPoint;
  /** The events could not be folded into a state (their data does not have their types' shape). */
  readonly unreplayable?: boolean;
  /** The round's anonymous reach answers, counted. */
  readonly reach?: ReachCount;
}

/** The theme the cycle was launched with: the first event says it, whatever came after. */
function themeOf(history: readonly CycleHistoryEntry[]): string {
  const data = history[0]?.data as { theme?: unknown } | undefined;
  return typeof data?.theme === 'string' ? data.theme : '';
}

/** Auditors come from their overview; chefgruppen, who may read the history too, from their cycles. */
function trailOf(context: PageContext): { href: string; label: Text }[] {
  return context.session?.roles.includes('auditor')
    ? [{ href: '/revision', label: message('web.common.menu.auditor') }]
    : [{ href: '/chefgruppen', label: message('web.common.menu.chefgruppen.cycles') }];
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
        ${say(language, message('web.auditor.timeline.download'))}
        <a href="${exportHref('csv', cycleStreamId(cycleId))}">CSV</a>,
        <a href="${exportHref('jsonl', cycleStreamId(cycleId))}">JSON Lines</a>
      </p>
      <p><a href="${printPaths.recordPdf(cycleId)}">${say(language, message('web.print.links.record-pdf'))}</a></p>`
    : '';
  return layout(context, {
    title: message('web.auditor.timeline.title', { theme: themeOf(history) }),
    hasErrors,
    trail: trailOf(context),
    body: html`<p class="muted">
        ${say(language, message('web.auditor.timeline.summary', { cycleId, events: history.length, latest }))}
      </p>
      ${download} ${pointForms(context, cycleId, form, latest)}
      ${
        timeline.unreplayable
          ? html`<p class="alert alert-error notice audit-broken" role="alert">
              ${say(language, message('web.auditor.timeline.not-replayable'))}
            </p>`
          : ''
      }
      <div class="audit-split">
        ${shown ? statePanel(context, shown, timeline.names) : ''}
        <section aria-labelledby="tidslinje-overskrift">
          <h2 id="tidslinje-overskrift">${say(language, message('web.auditor.timeline.heading'))}</h2>
          ${timelineTable(context, cycleId, history, shown?.view.revision, timeline.names)}
        </section>
      </div>
      ${reachCountSection(context, timeline.reach)}`,
  });
}
