import type { Agenda, AgendaEntry } from '@ledelsesrum/domain';
import { SetAgendaDto } from '@ledelsesrum/api/cycles';
import type { FormState } from '../../common/form-fields';
import { lines, readForm } from '../../common/read-form';
import { errorsAtFields, onLine } from './form-errors';

/** Empty material rows the form offers beyond those already on the agenda: several can be added without a script. */
export const SPARE_MATERIAL_ROWS = 3;
/** The DTO's own limit on materials; the form never reads more rows than that and one. */
const MAX_MATERIAL_ROWS = 51;

export const materialField = (part: 'kind' | 'title' | 'url', row: number) =>
  `material${part[0]!.toUpperCase()}${part.slice(1)}-${row}`;

/** "titel | beskrivelse" (the description may be left out): one agenda item or prep task per line. */
export function parseEntry(line: string): AgendaEntry {
  const bar = line.indexOf('|');
  if (bar < 0) return { title: line.trim() };
  const title = line.slice(0, bar).trim();
  const description = line.slice(bar + 1).trim();
  return description === '' ? { title } : { title, description };
}

export function entryLine(entry: AgendaEntry): string {
  return entry.description ? `${entry.title} | ${entry.description}` : entry.title;
}

/** The form's values for an agenda: what it holds now, or nothing yet. */
export function agendaFormValues(agenda: Agenda | undefined): Record<string, string> {
  const values: Record<string, string> = {
    items: (agenda?.items ?? []).map(entryLine).join('\n'),
    prepTasks: (agenda?.prepTasks ?? []).map(entryLine).join('\n'),
  };
  (agenda?.materials ?? []).forEach((material, row) => {
    values[materialField('kind', row)] = material.kind;
    values[materialField('title', row)] = material.title;
    values[materialField('url', row)] = material.url ?? '';
  });
  return values;
}

/** How many material rows the form shows for these values: every row with something in it, and some spare. */
export function materialRowCount(values: Readonly<Record<string, unknown>>): number {
  let used = 0;
  for (let row = 0; row < MAX_MATERIAL_ROWS; row += 1) {
    if (materialField('kind', row) in values) used = row + 1;
  }
  return used + SPARE_MATERIAL_ROWS;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The SetAgenda command from the form, validated by the API's own SetAgendaDto. Items and prep tasks are a line each;
 * materials are rows, and a row without title and address is left out. Errors land on the line or row they are about.
 */
export async function readAgendaForm(
  fields: Record<string, unknown>,
): Promise<{ readonly command: SetAgendaDto } | { readonly state: FormState }> {
  // Shown again without blank lines, so that "line 3" in an error is the third line the reader sees.
  const items = lines(fields['items']);
  const prepTasks = lines(fields['prepTasks']);
  const values: Record<string, string> = { items: items.join('\n'), prepTasks: prepTasks.join('\n') };
  const materials: { kind: string; title: string; url?: string }[] = [];
  for (let row = 0; row < MAX_MATERIAL_ROWS && materialField('kind', row) in fields; row += 1) {
    const [kind, title, url] = (['kind', 'title', 'url'] as const).map((part) =>
      text(fields[materialField(part, row)]),
    );
    if (title === '' && url === '') continue;
    // The rows kept close up, so a row's errors are at the row shown again.
    const at = materials.length;
    values[materialField('kind', at)] = kind!;
    values[materialField('title', at)] = title!;
    values[materialField('url', at)] = url!;
    materials.push({ kind: kind!, title: title!, ...(url === '' ? {} : { url }) });
  }
  const command = { items: items.map(parseEntry), prepTasks: prepTasks.map(parseEntry), materials };
  const form = await readForm(SetAgendaDto, command);
  if ('value' in form) return { command: form.value };
  const errors = errorsAtFields(form.errors, (path, error) => {
    const [list, index, part] = path.split('.');
    if (list === 'materials' && index !== undefined && part !== undefined) {
      return { field: materialField(part as 'kind' | 'title' | 'url', Number(index)), error };
    }
    if (index !== undefined) return { field: list!, error: onLine(Number(index) + 1, error) };
    return { field: list!, error };
  });
  return { state: { values, errors } };
}
