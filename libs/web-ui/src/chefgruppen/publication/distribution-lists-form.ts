import { DomainErrorCode, isDomainError, type DistributionList } from '@ledelsesrum/domain';
import { domainErrorText, message } from '@ledelsesrum/messages';
import { DistributionListsDto } from '@ledelsesrum/api/publication';
import type { FormState } from '../../common/form-fields';
import { readForm, type FieldErrors } from '../../common/read-form';
import type { Text } from '../../common/text';
import { typedValues } from '../../common/typed-values';

/** The form's fields of list `row` (from 0): `lists.<row>.name`, `.address`, `.areaId`, as the API's paths are. */
export function listField(row: number, field: keyof DistributionList): string {
  return `lists.${row}.${field}`;
}

/** The lists as the form shows them: each as its fields' values. */
export function listValues(lists: readonly DistributionList[]): FormState['values'] {
  const values: Record<string, string> = {};
  lists.forEach(({ name, address, areaId }, row) => {
    values[listField(row, 'name')] = name;
    values[listField(row, 'address')] = address;
    values[listField(row, 'areaId')] = areaId ?? '';
  });
  return values;
}

/** The rows a form's values fill: one more than the highest row number among them. */
export function rowsIn(values: FormState['values']): number {
  const rows = Object.keys(values).map((name) => /^lists\.(\d+)\./.exec(name)?.[1]);
  return Math.max(0, ...rows.map((row) => (row === undefined ? -1 : Number(row)))) + 1;
}

/** The lists typed, with the form's row of each: a row left empty is a list removed, and takes no place. */
export interface TypedLists {
  readonly lists: DistributionList[];
  readonly rows: number[];
}

export type ReadLists = { readonly typed: TypedLists } | { readonly form: FormState };

/**
 * Reads the posted rows. A row with a name or an address must have both; the rest is checked by the API's own DTO, its
 * errors put back at the form's rows.
 */
export async function readDistributionLists(body: unknown): Promise<ReadLists> {
  const values = typedValues(body);
  const text = (name: string) => {
    const value = values[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  const lists: DistributionList[] = [];
  const rows: number[] = [];
  const errors: Record<string, Text> = {};
  for (let row = 0; row < rowsIn(values); row += 1) {
    const [name, address, areaId] = [
      text(listField(row, 'name')),
      text(listField(row, 'address')),
      text(listField(row, 'areaId')),
    ];
    if (name === '' && address === '') continue;
    if (name === '' || address === '') {
      errors[listField(row, name === '' ? 'name' : 'address')] = message('web.publication.lists.half-filled');
      continue;
    }
    lists.push({ name, address, ...(areaId === '' ? {} : { areaId }) });
    rows.push(row);
  }
  if (Object.keys(errors).length > 0) return { form: { values, errors } };
  const read = await readForm(DistributionListsDto, { lists });
  if ('errors' in read) return { form: { values, errors: atRows(read.errors, rows) } };
  return { typed: { lists, rows } };
}

/** Errors at `lists.<n>.…` of the lists given, put at the rows of the form they came from. */
export function atRows(errors: FieldErrors, rows: readonly number[]): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([path, error]) => [
      path.replace(/^lists\.(\d+)\./, (_, index: string) => `lists.${rows[Number(index)] ?? index}.`),
      error,
    ]),
  );
}

/** A list's refusal by the domain, at the form's row and field the index it names points to; undefined for another. */
export function refusalAtRow(error: unknown, rows: readonly number[]): FieldErrors | undefined {
  if (!isDomainError(error) || typeof error.params['index'] !== 'number') return undefined;
  const row = rows[error.params['index']];
  if (row === undefined) return undefined;
  const field = error.code === DomainErrorCode.DistributionListAddressInvalid ? 'address' : 'name';
  return { [listField(row, field)]: domainErrorText(error) };
}
