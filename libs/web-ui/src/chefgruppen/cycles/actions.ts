import { pendingIds, type LaunchedCycle } from '@ledelsesrum/domain';
import { EMPTY_FORM, errorSummary, textArea } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say } from '../../common/text';
import { ACTION_LABELS, CLOSE_REASON_HINT, actionForm, type CycleActionForms } from './action-form';
import type { PeopleDirectory } from './people';
import { releaseForm } from './release-form';

/**
 * What chefgruppen can do with the cycle at its current stage, each a form of its own that posts to its own route:
 * set the agenda (on its own page), send prep now, publish the summary, close the cycle with the pending as
 * exceptions, and release a pending person from the cascade.
 */
export function cycleActions(
  context: PageContext,
  cycle: LaunchedCycle,
  directory: PeopleDirectory,
  forms: CycleActionForms,
): Html {
  const { language } = context;
  const base = `/chefgruppen/cykler/${cycle.id}`;
  const form = (action: string, fields: Html, button: Html) => actionForm(context, cycle.id, action, fields, button);
  const pending = pendingIds(cycle).sort((a, b) =>
    directory.personName(a).localeCompare(directory.personName(b), 'da'),
  );
  const parts: Html[] = [];
  if (cycle.stage === 'launched' || cycle.stage === 'agenda_set') {
    const label =
      cycle.stage === 'launched'
        ? { da: 'Sæt dagsordenen', en: 'Set the agenda' }
        : { da: 'Ret dagsordenen', en: 'Change the agenda' };
    parts.push(html`<p class="actions"><a class="button" href="${base}/dagsorden">${say(language, label)}</a></p>`);
  }
  if (cycle.stage === 'agenda_set') {
    parts.push(
      html`<p>
          ${say(language, {
            da: 'Forberedelsen går ud af sig selv på det planlagte tidspunkt. Du kan også sende den nu til alle deltagende ledere.',
            en: 'Prep goes out by itself at the planned time. You can also send it to every leader taking part now.',
          })}
        </p>
        ${form('forberedelse', html``, html`<button type="submit">${say(language, { da: 'Send forberedelsen nu', en: 'Send prep now' })}</button>`)}`,
    );
  }
  if (cycle.stage === 'prep_sent') {
    parts.push(
      html`<p>
        ${say(language, {
          da: 'Venter på, at facilitatorerne registrerer gruppernes møder.',
          en: 'Waiting for the facilitators to record their groups’ meetings.',
        })}
      </p>`,
    );
  }
  if (cycle.stage === 'meetings_held') {
    const state = forms.summary ?? EMPTY_FORM;
    parts.push(
      html`<h3>${say(language, { da: 'Offentliggør opsamlingen', en: 'Publish the summary' })}</h3>
        ${errorSummary(context, state, ACTION_LABELS)}
        ${form(
          'opsamling',
          textArea(context, state, {
            name: 'summaryText',
            label: ACTION_LABELS['summaryText']!,
            hint: {
              da: 'Går ud til hele organisationen, og lederne bliver bedt om at videreformidle den.',
              en: 'Goes out to the whole organisation, and the leaders are asked to pass it on.',
            },
            rows: 10,
          }),
          html`<button type="submit">
            ${say(language, { da: 'Offentliggør opsamlingen', en: 'Publish the summary' })}
          </button>`,
        )}`,
    );
  }
  if (cycle.stage === 'summary_published') {
    const state = forms.close ?? EMPTY_FORM;
    parts.push(
      html`<h3>${say(language, { da: 'Luk cyklussen', en: 'Close the cycle' })}</h3>
        <p class="notice">
          ${say(language, {
            da: `Lukker du nu, bliver de ${pending.length} ledere, der mangler at bekræfte, registreret som undtagelser.`,
            en: `If you close now, the ${pending.length} leaders yet to confirm are recorded as exceptions.`,
          })}
        </p>
        ${errorSummary(context, state, ACTION_LABELS)}
        ${form(
          'luk',
          textArea(context, state, {
            name: 'closeReason',
            label: ACTION_LABELS['closeReason']!,
            hint: CLOSE_REASON_HINT,
            rows: 3,
            maxLength: 500,
          }),
          html`<button type="submit" class="warning">
            ${say(language, { da: 'Luk cyklussen', en: 'Close the cycle' })}
          </button>`,
        )}`,
    );
  }
  if (cycle.stage !== 'completed' && pending.length > 0)
    parts.push(releaseForm(context, cycle.id, pending, directory, forms.release));
  if (cycle.stage === 'completed') {
    parts.push(html`<p>${say(language, { da: 'Cyklussen er afsluttet.', en: 'The cycle is completed.' })}</p>`);
  }
  return html`<h2>${say(language, { da: 'Handlinger', en: 'Actions' })}</h2>
    ${parts}`;
}
