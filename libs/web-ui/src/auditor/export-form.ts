import { ORGANISATION_STREAM, cycleStreamId, type CycleView } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { dateField } from '../common/date-fields';
import { errorSummary, selectField, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { EXPORT_QUERY, EXPORT_PATH, FORMAT_NAMES, exportHref } from './export-links';

const LABELS: Readonly<Record<string, Text>> = {
  [EXPORT_QUERY.format]: message('web.auditor.export.format'),
  [EXPORT_QUERY.stream]: message('web.auditor.export.events'),
  [EXPORT_QUERY.from]: message('web.auditor.export.from'),
  [EXPORT_QUERY.to]: message('web.auditor.export.to'),
};

/**
 * The export: ready links for the whole log and the organisation, and a form for one stream or a time window. A
 * GET form, since an export changes nothing; the file comes as a download, not as a page.
 */
export function exportSection(context: PageContext, cycles: readonly CycleView[], form: FormState): Html {
  const { language } = context;
  const links = (stream?: string) =>
    html`<a href="${exportHref('csv', stream)}">CSV</a>, <a href="${exportHref('jsonl', stream)}">JSON Lines</a>`;
  const streams = [
    { value: '', label: say(language, message('web.auditor.export.events.all')) },
    { value: ORGANISATION_STREAM, label: say(language, message('web.auditor.export.events.organisation')) },
    ...cycles.map((cycle) => ({
      value: cycleStreamId(cycle.id),
      label: `${say(language, message('web.auditor.export.events.cycle'))}: ${cycle.theme} (${cycle.meetingDate})`,
    })),
  ];
  return html`<section aria-labelledby="eksport">
    <h2 id="eksport">${say(language, message('web.auditor.export.title'))}</h2>
    <p>
      ${say(language, message('web.auditor.export.intro'))}
    </p>
    <ul>
      <li>${say(language, message('web.auditor.export.events.all'))}: ${links()}</li>
      <li>${say(language, message('web.auditor.export.events.organisation'))}: ${links(ORGANISATION_STREAM)}</li>
    </ul>
    <h3 id="eksport-valg">${say(language, message('web.auditor.export.events.choose'))}</h3>
    ${errorSummary(context, form, LABELS)}
    <form method="get" action="${EXPORT_PATH}" novalidate aria-labelledby="eksport-valg">
      ${selectField(context, form, {
        name: EXPORT_QUERY.format,
        label: LABELS[EXPORT_QUERY.format]!,
        choices: (['csv', 'jsonl'] as const).map((format) => ({ value: format, label: FORMAT_NAMES[format] })),
      })}
      ${selectField(context, form, { name: EXPORT_QUERY.stream, label: LABELS[EXPORT_QUERY.stream]!, choices: streams })}
      ${dateField(context, form, {
        name: EXPORT_QUERY.from,
        label: LABELS[EXPORT_QUERY.from]!,
        hint: message('web.auditor.export.from.hint'),
        withTime: true,
      })}
      ${dateField(context, form, {
        name: EXPORT_QUERY.to,
        label: LABELS[EXPORT_QUERY.to]!,
        hint: message('web.auditor.export.to.hint'),
        withTime: true,
      })}
      <button type="submit" class="button button-primary">${say(language, message('web.auditor.export.submit'))}</button>
    </form>
  </section>`;
}
