import type { ClassConstructor } from 'class-transformer';
import { CloseCycleDto, PublishSummaryDto } from '@ledelsesrum/api/cycles';
import { ReasonDto } from '@ledelsesrum/api/organisation';
import { message } from '@ledelsesrum/messages';
import type { FormState } from '../../common/form-fields';
import type { Text } from '../../common/text';
import { readForm } from '../../common/read-form';
import { errorsAtFields } from './form-errors';

export type ActionFormResult<T> = { readonly command: T } | { readonly state: FormState };

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * One field of the page to one field of a command's DTO (the page has several forms, so its field names are longer:
 * `closeReason` is CloseCycleDto's `reason`), validated by the very DTO the JSON API uses.
 */
async function readOneField<T extends object>(
  dto: ClassConstructor<T>,
  fields: Record<string, unknown>,
  field: string,
  property: string,
): Promise<ActionFormResult<T>> {
  const value = text(fields[field]);
  const form = await readForm(dto, { [property]: value });
  if ('value' in form) return { command: form.value };
  return {
    state: { values: { [field]: value }, errors: errorsAtFields(form.errors, (_path, error) => ({ field, error })) },
  };
}

export function readSummaryForm(fields: Record<string, unknown>): Promise<ActionFormResult<PublishSummaryDto>> {
  return readOneField(PublishSummaryDto, fields, 'summaryText', 'text');
}

export function readCloseForm(fields: Record<string, unknown>): Promise<ActionFormResult<CloseCycleDto>> {
  return readOneField(CloseCycleDto, fields, 'closeReason', 'reason');
}

/**
 * Whom to release and why. The person must be one of those the form offered (the pending); the reason is ReasonDto's,
 * as for POST /api/cycles/:id/cascades/:personId/release.
 */
export function readReleaseForm(
  fields: Record<string, unknown>,
  pending: readonly string[],
): Promise<ActionFormResult<PersonAndReason>> {
  const notOffered = message('web.chefgruppen.cycles.action-fields.release-person.not-pending');
  return readPersonAndReason(fields, pending, 'release', notOffered);
}

/** Whose release to undo and why: one of those released, as for POST /api/cycles/:id/cascades/:personId/release/undo. */
export function readUndoReleaseForm(
  fields: Record<string, unknown>,
  released: readonly string[],
): Promise<ActionFormResult<PersonAndReason>> {
  return readPersonAndReason(fields, released, 'undoRelease', message('web.corrections.undo-release.not-released'));
}

type PersonAndReason = { personId: string; reason: string };

/** A person among those offered (`<form>PersonId`) and a reason (`<form>Reason`, ReasonDto's). */
async function readPersonAndReason(
  fields: Record<string, unknown>,
  offered: readonly string[],
  form: 'release' | 'undoRelease',
  notOffered: Text,
): Promise<ActionFormResult<PersonAndReason>> {
  const [personField, reasonField] = [`${form}PersonId`, `${form}Reason`];
  const personId = text(fields[personField]);
  const reason = await readOneField(ReasonDto, fields, reasonField, 'reason');
  const known = offered.includes(personId);
  if (known && 'command' in reason) return { command: { personId, reason: reason.command.reason } };
  const errors = {
    ...(known ? {} : { [personField]: notOffered }),
    ...('state' in reason ? reason.state.errors : {}),
  };
  return { state: { values: { [personField]: personId, [reasonField]: text(fields[reasonField]) }, errors } };
}
