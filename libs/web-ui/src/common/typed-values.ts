import type { FormState } from './form-fields';

/** Fields every form carries that are no one's typing: the session's token and the command's key. */
const NOT_TYPED = new Set(['_csrf', 'idempotencyKey']);

/** A posted form's fields as typed (texts, and lists of ticked boxes), to fill the form with again. */
export function typedValues(body: unknown): FormState['values'] {
  if (typeof body !== 'object' || body === null) return {};
  const values: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    if (NOT_TYPED.has(name)) continue;
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value)) values[name] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}
