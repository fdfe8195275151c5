import { stagePath, type CycleView, formatDate, formatMoment } from '@ledelsesrum/domain';
import { danish } from '../common/danish-content';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { STAGE_NAMES } from '../common/stage-names';
import type { NameOfId } from './audit-names';

/** Which point the state is shown at, and whether the reader chose it (otherwise it is the latest). */
export interface ShownPoint {
  readonly view: CycleView;
  /** When the event at the view's revision was recorded. */
  readonly recordedAt: string;
  readonly chosen: boolean;
}

/**
 * The cycle as it was at the chosen point, replayed from its events with the domain's own rules (what
 * GET /api/cycles/:id/state gives): stage, each group's meeting, and the cascade in numbers.
 */
export function statePanel(context: PageContext, shown: ShownPoint, names: NameOfId): Html {
  const { language } = context;
  const { view } = shown;
  const path = stagePath(view.stage);
  const reached = path.indexOf(view.stage);
  const heading = shown.chosen
    ? message('web.auditor.state.at-revision', { revision: view.revision })
    : message('web.auditor.state.now', { revision: view.revision });
  const { cascades } = view;
  return html`<section id="tilstand" class="panel" aria-labelledby="tilstand-overskrift">
    <h2 id="tilstand-overskrift">${say(language, heading)}</h2>
    <p class="muted">
      ${say(language, message('web.auditor.state.as-after'))}
      <time datetime="${shown.recordedAt}">${formatMoment(language, shown.recordedAt)}</time>,
      ${say(language, message('web.auditor.state.replayed'))}
    </p>
    <ol class="pipeline" aria-label="${say(language, message('web.auditor.state.stages'))}">
      ${path.map((stage, index) => {
        const mark = index < reached ? html` class="passed"` : index === reached ? html` aria-current="step"` : '';
        return html`<li ${mark}>${say(language, STAGE_NAMES[stage])}</li>`;
      })}
    </ol>
    <dl class="facts">
      <dt>${say(language, message('web.auditor.overview.theme'))}</dt>
      <dd>${danish(context.language, view.theme)}</dd>
      <dt>${say(language, message('web.common.cycle.meeting-date'))}</dt>
      <dd>${formatDate(language, view.meetingDate)}</dd>
      <dt>${say(language, message('web.common.cycle.stage'))}</dt>
      <dd id="tilstand-fase">${say(language, STAGE_NAMES[view.stage])}</dd>
      <dt>${say(language, message('web.auditor.state.cascade'))}</dt>
      <dd>
        ${say(
          language,
          message('web.auditor.state.cascade.counts', {
            confirmed: cascades.confirmed,
            total: cascades.total,
            pending: cascades.pending.length,
            released: cascades.released.length,
          }),
        )}
      </dd>
    </dl>
    <h3>${say(language, message('web.auditor.state.meetings'))}</h3>
    <ul>
      ${view.groups.map(
        (group) =>
          html`<li>
            ${names(group.id)}:
            ${
              group.meetingHeld
                ? html`<span class="badge badge-success">${say(language, message('web.auditor.state.held'))}</span>`
                : html`<span class="badge badge-warning">${say(language, message('web.auditor.state.not-held'))}</span>`
            }
          </li>`,
      )}
    </ul>
  </section>`;
}
