import { stagePath, type CycleStage } from '@ledelsesrum/domain';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { STAGE_NAMES } from '../../common/stage-names';
import { say, type Text } from '../../common/text';

/**
 * Every stage as an ordered list: the stages passed are marked, the current one is the list's current step (so a
 * screen reader says "current step" rather than relying on colour). A completed cycle has passed every stage and
 * stands on the last.
 */
export function stagePipeline(context: PageContext, stage: CycleStage, label: Text): Html {
  const path = stagePath(stage);
  const current = path.indexOf(stage);
  return html`<ol class="pipeline" aria-label="${say(context.language, label)}">
    ${path.map((candidate, index) => {
      const name = say(context.language, STAGE_NAMES[candidate]);
      if (index === current) return html`<li aria-current="step">${name}</li>`;
      return index < current ? html`<li class="passed">${name}</li>` : html`<li>${name}</li>`;
    })}
  </ol>`;
}
