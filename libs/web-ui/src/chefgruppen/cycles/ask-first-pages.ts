import { pendingIds, type LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../../common/html';
import { markdown } from '../../common/markdown';
import type { OrganisationNames } from '../../common/organisation-names';
import type { PageContext } from '../../common/page-context';
import { shownName } from '../../common/person-label';
import { say } from '../../common/text';
import { agendaSummary } from './agenda-summary';
import { askFirstPage } from './ask-first.page';

/** The agenda as the leaders will get it and how many they are; the send form only while prep can be sent. */
export function prepPreviewPage(context: PageContext, cycle: LaunchedCycle): Html {
  const { language } = context;
  const canSend = cycle.stage === 'agenda_set';
  const intro = !cycle.agenda
    ? message('web.ask-first.prep.no-agenda')
    : canSend
      ? message('web.ask-first.prep.intro')
      : message('web.ask-first.prep.already-sent');
  return askFirstPage(context, {
    cycle,
    title: message('web.ask-first.prep.title'),
    preview: html`<p>${say(language, intro)}</p>
      ${cycle.agenda ? agendaSummary(context, cycle) : ''}`,
    consequence: message('web.ask-first.goes-to', { count: cycle.participants.size }),
    ...(canSend ? { action: 'forberedelse' } : {}),
  });
}

/** The summary rendered as it will be sent, and to how many; Back takes the text back to its form. */
export function summaryPreviewPage(context: PageContext, cycle: LaunchedCycle, text: string): Html {
  const { language } = context;
  return askFirstPage(context, {
    cycle,
    title: message('web.ask-first.summary.title'),
    preview: html`<p class="muted">${say(language, message('web.ask-first.summary.intro'))}</p>
      <div class="summary-text">${markdown(text)}</div>`,
    consequence: message('web.ask-first.goes-to', { count: cycle.participants.size }),
    action: 'opsamling',
    carried: { summaryText: text },
    backAction: 'opsamling/tilbage',
  });
}

/** What closing does: the reason, and who becomes an exception, by name. */
export function closeConfirmationPage(
  context: PageContext,
  cycle: LaunchedCycle,
  reason: string,
  names: OrganisationNames,
): Html {
  const { language } = context;
  const pending = pendingIds(cycle)
    .map((id) => shownName(language, names.person(id)))
    .sort((a, b) => a.localeCompare(b, 'da'));
  return askFirstPage(context, {
    cycle,
    title: message('web.ask-first.close.title'),
    preview: html`<dl class="facts">
        <dt>${say(language, message('web.ask-first.close.reason'))}</dt>
        <dd>${reason}</dd>
      </dl>
      ${
        pending.length > 0
          ? html`<h2>${say(language, message('web.ask-first.close.exceptions'))}</h2>
              <ul class="exceptions">
                ${pending.map((name) => html`<li>${name}</li>`)}
              </ul>`
          : ''
      }`,
    consequence: message('web.ask-first.close.consequence', { count: pending.length }),
    action: 'luk',
    confirm: { label: message('web.ask-first.close.confirm'), danger: true },
    carried: { closeReason: reason },
    backAction: 'luk/tilbage',
  });
}
