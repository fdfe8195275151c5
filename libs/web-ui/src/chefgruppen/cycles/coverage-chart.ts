import type { LaunchedCycle, Participant } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';

/** How far a cascade has come among some participants: each of them is exactly one of the three. */
export interface Coverage {
  readonly total: number;
  readonly confirmed: number;
  readonly released: number;
  readonly pending: number;
}

/** Counts confirmed, released and pending (the domain lets a person be only one of them). */
export function coverageOf(participants: readonly Participant[]): Coverage {
  let confirmed = 0;
  let released = 0;
  for (const participant of participants) {
    if (participant.cascade) confirmed += 1;
    else if (participant.released) released += 1;
  }
  return { total: participants.length, confirmed, released, pending: participants.length - confirmed - released };
}

/** The cascade among one group's participants (its facilitator included); a person in two groups counts in both. */
export function groupCoverage(state: LaunchedCycle, groupId: string): Coverage {
  return coverageOf(state.participants.values().filter((participant) => participant.groupIds.includes(groupId)));
}

/** The whole cycle's cascade: every participant once. */
export function cycleCoverage(state: LaunchedCycle): Coverage {
  return coverageOf(state.participants.values());
}

/** The bars' widths in a 100-wide box: confirmed from the left, released after it, the rest is the track. */
export function barWidths(coverage: Coverage): { readonly confirmed: number; readonly released: number } {
  if (coverage.total === 0) return { confirmed: 0, released: 0 };
  const share = (count: number) => Math.round((count / coverage.total) * 10_000) / 100;
  return { confirmed: share(coverage.confirmed), released: share(coverage.released) };
}

/** "2 af 5 har bekræftet, 1 fritaget, 2 mangler": the chart's numbers as a sentence. */
export function coverageSentence(context: PageContext, coverage: Coverage): string {
  const { total, confirmed, released, pending } = coverage;
  return say(
    context.language,
    message('web.chefgruppen.cycles.coverage-chart.description', { confirmed, total, released, pending }),
  );
}

/**
 * One bar per group: an SVG image named by the same sentence that is written beside it, so the numbers reach
 * everyone whether they see the bar or not. The colours come from the stylesheet (the CSP allows no inline style).
 */
export function coverageChart(context: PageContext, name: string, coverage: Coverage): Html {
  const widths = barWidths(coverage);
  const sentence = coverageSentence(context, coverage);
  return html`<svg
      class="bar-chart"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      role="img"
      aria-label="${name}: ${sentence}"
    >
      <rect class="track" x="0" y="0" width="100" height="10" />
      <rect class="confirmed" x="0" y="0" width="${widths.confirmed}" height="10" />
      <rect class="released" x="${widths.confirmed}" y="0" width="${widths.released}" height="10" />
    </svg>
    <p class="coverage-numbers">${sentence}</p>`;
}
