import { ORGANISATION_STREAM, cycleStreamId, type CycleView } from '@ledelsesrum/domain';
import { errorSummary, inputField, selectField, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';
import { EXPORT_QUERY, EXPORT_PATH, FORMAT_NAMES, exportHref } from './export-links';

const LABELS: Readonly<Record<string, Text>> = {
  [EXPORT_QUERY.format]: { da: 'Format', en: 'Format' },
  [EXPORT_QUERY.stream]: { da: 'Hændelser', en: 'Events' },
  [EXPORT_QUERY.from]: { da: 'Fra (dansk tid)', en: 'From (Copenhagen time)' },
  [EXPORT_QUERY.to]: { da: 'Til (dansk tid)', en: 'To (Copenhagen time)' },
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
    { value: '', label: say(language, { da: 'Alle hændelser', en: 'Every event' }) },
    { value: ORGANISATION_STREAM, label: say(language, { da: 'Organisationen', en: 'The organisation' }) },
    ...cycles.map((cycle) => ({
      value: cycleStreamId(cycle.id),
      label: `${say(language, { da: 'Cyklus', en: 'Cycle' })}: ${cycle.theme} (${cycle.meetingDate})`,
    })),
  ];
  return html`<section aria-labelledby="eksport">
    <h2 id="eksport">${say(language, { da: 'Eksport', en: 'Export' })}</h2>
    <p>
      ${say(language, {
        da: 'Hændelserne som de er gemt, med deres hashes, så kæden kan efterregnes uden for systemet. Navne og e-mailadresser forbliver krypterede.',
        en: 'The events as stored, with their hashes, so the chain can be recomputed outside the system. Names and e-mail addresses stay encrypted.',
      })}
    </p>
    <ul>
      <li>${say(language, { da: 'Alle hændelser', en: 'Every event' })}: ${links()}</li>
      <li>${say(language, { da: 'Organisationen', en: 'The organisation' })}: ${links(ORGANISATION_STREAM)}</li>
    </ul>
    <h3 id="eksport-valg">${say(language, { da: 'Vælg selv', en: 'Choose' })}</h3>
    ${errorSummary(context, form, LABELS)}
    <form method="get" action="${EXPORT_PATH}" novalidate aria-labelledby="eksport-valg">
      ${selectField(context, form, {
        name: EXPORT_QUERY.format,
        label: LABELS[EXPORT_QUERY.format]!,
        choices: (['csv', 'jsonl'] as const).map((format) => ({ value: format, label: FORMAT_NAMES[format] })),
      })}
      ${selectField(context, form, { name: EXPORT_QUERY.stream, label: LABELS[EXPORT_QUERY.stream]!, choices: streams })}
      ${inputField(context, form, {
        name: EXPORT_QUERY.from,
        type: 'datetime-local',
        label: LABELS[EXPORT_QUERY.from]!,
        hint: {
          da: 'Registreret fra og med; tomt: fra begyndelsen',
          en: 'Recorded at or after; empty: from the start',
        },
      })}
      ${inputField(context, form, {
        name: EXPORT_QUERY.to,
        type: 'datetime-local',
        label: LABELS[EXPORT_QUERY.to]!,
        hint: { da: 'Registreret før; tomt: til nu', en: 'Recorded before; empty: until now' },
      })}
      <button type="submit">${say(language, { da: 'Hent eksporten', en: 'Download the export' })}</button>
    </form>
  </section>`;
}
