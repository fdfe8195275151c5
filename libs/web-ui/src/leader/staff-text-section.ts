import type { LaunchedCycle } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';

/**
 * The message for the leader's own staff as text to copy: the summary, the leader's reflection and the link to the
 * workplace's page, where staff read it and say that they heard about it. Danish first, English beside, as every
 * message. Once the summary is out; the link names the round and the workplace only.
 */
export function staffTextSection(
  context: PageContext,
  cycle: LaunchedCycle,
  reflection: string | undefined,
  workplaceUrl: string | undefined,
): Html {
  if (!cycle.summary || !workplaceUrl || cycle.stage === 'cancelled') return html``;
  const t = (text: Text) => say(context.language, text);
  const both = (text: Text) => `${text.da} / ${text.en}`;
  const lines = [
    both(message('web.workplace.staff-text.subject', { theme: cycle.theme })),
    '',
    cycle.summary.text,
    ...(reflection ? ['', `${both(message('web.workplace.reflection.title'))}:`, reflection] : []),
    '',
    `${both(message('web.workplace.staff-text.link'))}:`,
    workplaceUrl,
  ];
  return html`<section class="panel" aria-labelledby="personale-overskrift">
    <h2 id="personale-overskrift">${t(message('web.workplace.staff-text.title'))}</h2>
    <p>${t(message('web.workplace.staff-text.intro'))}</p>
    <div class="form-group field">
      <label class="form-label" for="personale-tekst">${t(message('web.workplace.staff-text.label'))}</label>
      <textarea class="form-input" id="personale-tekst" rows="12" readonly>
${lines.join('\n')}</textarea
      >
    </div>
    <p><a href="${workplaceUrl}">${t(message('web.workplace.staff-text.open'))}</a></p>
  </section>`;
}
