import {
  type LaunchedCycle,
  type Participant,
  formatDate,
  formatDateTime,
  formatMeetingTime,
} from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { inEachLanguage, say, type Language, type Text } from '../common/text';
import type { OrganisationNames } from '../common/organisation-names';
import { deadlineText } from '../common/cascade-deadline';
import { cascadeForm } from './cascade-form.page';
import { correctionLinks } from './cascade-correction.page';
import { cascadeStatus, cascadeStatusTag, type CascadeStatus } from './cascade-status';
import { prepPackage, publishedSummary } from './prep-package.page';
import { STAGE_NAMES } from '../common/stage-names';
import { reflectionSection, shownReflectionForm, type ReflectionShown } from './reflection-section';
import { staffTextSection } from './staff-text-section';

export interface LeaderCycleView {
  readonly cycle: LaunchedCycle;
  readonly participant: Participant;
  readonly names: OrganisationNames;
  /** The confirmation form's values and errors (empty until it was sent with errors). */
  readonly form: FormState;
  /** The leader's reflection for their workplace, as it now reads. */
  readonly reflection?: ReflectionShown;
  /** The leader's workplace page, for the text to copy to their staff. */
  readonly workplaceUrl?: string;
}

/**
 * One meeting round for a leader: when and with whom they meet, where their cascade stands, the summary once it is
 * out, the prep package, and one thing to do: the confirmation form while it is due (or its receipt after).
 */
export function leaderCyclePage(context: PageContext, view: LeaderCycleView): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const { cycle, participant, names } = view;
  const status = cascadeStatus(cycle, participant.personId) ?? 'not_yet';
  const groups = cycle.groups
    .filter((group) => participant.groupIds.includes(group.id))
    .map(
      (group) =>
        html`<dd>
          ${names.group(group.id)}
          <span class="muted"
            >(${t(message('web.common.role.facilitator.in-text'))}: ${names.person(group.facilitatorId)})</span
          >
        </dd>`,
    );
  const facts = html`<dl class="facts">
    <dt>${t(message('web.leader.cycle.meeting'))}</dt>
    <dd>${formatMeetingTime(language, cycle)}</dd>
    ${
      cycle.meeting.place
        ? html`<dt>${t(message('web.leader.cycle.place'))}</dt>
            <dd>${cycle.meeting.place}</dd>`
        : ''
    }
    <dt>${t(message('web.leader.cycle.group'))}</dt>
    ${groups}
    <dt>${t(message('web.common.cycle.stage'))}</dt>
    <dd>${t(STAGE_NAMES[cycle.stage])}</dd>
    <dt>${t(message('web.leader.cycle.cascade'))}</dt>
    <dd>${cascadeStatusTag(language, status)}</dd>
    <dt>${t(message('web.record.deadline'))}</dt>
    <dd>${deadlineText(language, cycle)}</dd>
  </dl>`;
  const action =
    status === 'pending'
      ? cascadeForm(context, cycle.id, view.form)
      : status === 'confirmed'
        ? correctionLinks(context, cycle)
        : '';
  return layout(context, {
    title: { da: cycle.theme, en: cycle.theme },
    hasErrors: Object.keys({ ...view.form.errors, ...shownReflectionForm(context).errors }).length > 0,
    trail: [{ href: '/leder', label: message('web.common.menu.leader') }],
    body: html`${facts} ${statusNotice(language, status, participant)} ${publishedSummary(language, cycle)} ${action}
    ${reflectionSection(context, cycle, view.reflection, shownReflectionForm(context))}
    ${staffTextSection(context, cycle, view.reflection?.text, view.workplaceUrl)} ${prepPackage(language, cycle)}`,
  });
}

/** Where the cascade stands when there is no form to fill in: the receipt after confirming, or why not (yet). */
function statusNotice(language: Language, status: CascadeStatus, participant: Participant): Html {
  const t = (text: Text) => say(language, text);
  switch (status) {
    case 'pending':
      return html``;
    case 'confirmed': {
      const { passedOnAt, confirmedAt } = participant.cascade!;
      return html`<div class="alert alert-info notice" role="status">
        <h2>${t(message('web.confirm.receipt.title'))}</h2>
        <p>
          ${t(
            message('web.leader.cycle.confirmed', {
              passedOnAt: inEachLanguage((each) => formatDate(each, passedOnAt)),
              confirmedAt: inEachLanguage((each) => formatDateTime(each, confirmedAt)),
            }),
          )}
        </p>
      </div>`;
    }
    case 'released':
      return html`<p class="alert alert-info notice">
        ${t(message('web.leader.cycle.released'))}
      </p>`;
    case 'closed':
      return html`<p class="alert alert-info notice">
        ${t(message('web.leader.cycle.closed'))}
      </p>`;
    case 'not_yet':
      return html`<p class="alert alert-info notice">
        ${t(message('web.leader.cycle.not-yet'))}
      </p>`;
  }
}
