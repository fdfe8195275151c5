import { CYCLE_STAGES, type CycleView, formatDate, formatMoment } from '@ledelsesrum/domain';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { STAGE_NAMES } from '../common/stage-names';

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
export function statePanel(context: PageContext, shown: ShownPoint): Html {
  const { language } = context;
  const { view } = shown;
  const reached = CYCLE_STAGES.indexOf(view.stage);
  const heading = shown.chosen
    ? { da: `Tilstanden ved revision ${view.revision}`, en: `The state at revision ${view.revision}` }
    : { da: `Tilstanden nu (revision ${view.revision})`, en: `The state now (revision ${view.revision})` };
  const { cascades } = view;
  return html`<section id="tilstand" class="panel" aria-labelledby="tilstand-overskrift">
    <h2 id="tilstand-overskrift">${say(language, heading)}</h2>
    <p class="muted">
      ${say(language, { da: 'Som efter hændelsen', en: 'As after the event of' })}
      <time datetime="${shown.recordedAt}">${formatMoment(language, shown.recordedAt)}</time>,
      ${say(language, {
        da: 'genskabt fra hændelserne med de samme regler som forløbet.',
        en: 'replayed from the events with the cycle’s own rules.',
      })}
    </p>
    <ol class="pipeline" aria-label="${say(language, { da: 'Faser', en: 'Stages' })}">
      ${CYCLE_STAGES.map((stage, index) => {
        const mark = index < reached ? html` class="passed"` : index === reached ? html` aria-current="step"` : '';
        return html`<li ${mark}>${say(language, STAGE_NAMES[stage])}</li>`;
      })}
    </ol>
    <dl class="facts">
      <dt>${say(language, { da: 'Tema', en: 'Theme' })}</dt>
      <dd>${view.theme}</dd>
      <dt>${say(language, { da: 'Mødedato', en: 'Meeting date' })}</dt>
      <dd>${formatDate(language, view.meetingDate)}</dd>
      <dt>${say(language, { da: 'Fase', en: 'Stage' })}</dt>
      <dd id="tilstand-fase">${say(language, STAGE_NAMES[view.stage])}</dd>
      <dt>${say(language, { da: 'Videreformidling', en: 'Cascade' })}</dt>
      <dd>
        ${say(language, {
          da: `${cascades.confirmed} af ${cascades.total} bekræftet, ${cascades.pending.length} afventer, ${cascades.released.length} fritaget`,
          en: `${cascades.confirmed} of ${cascades.total} confirmed, ${cascades.pending.length} pending, ${cascades.released.length} released`,
        })}
      </dd>
    </dl>
    <h3>${say(language, { da: 'Gruppernes møder', en: 'The groups’ meetings' })}</h3>
    <ul>
      ${view.groups.map(
        (group) =>
          html`<li>
            ${group.id}:
            ${
              group.meetingHeld
                ? html`<span class="tag done">${say(language, { da: 'Møde holdt', en: 'Meeting held' })}</span>`
                : html`<span class="tag waiting">${say(language, { da: 'Ikke holdt', en: 'Not held' })}</span>`
            }
          </li>`,
      )}
    </ul>
  </section>`;
}
