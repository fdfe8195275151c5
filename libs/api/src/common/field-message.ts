import type { ValidationError, ValidationOptions } from 'class-validator';
import { bothLanguages, message, type Bilingual } from '@ledelsesrum/messages';
import type { FixedMessageId } from './fixed-message-id';

/** The API's answer for a refused field: its name, then the catalogue's words in both languages. */
export function fieldMessage(field: string, id: FixedMessageId): string {
  return `${field}: ${bothLanguages(message(id))}`;
}

/**
 * A validator's options that word its refusal from the catalogue, the field's name in front. The message id goes
 * with the error (in its `contexts`), so a form can show the words in the reader's language alone.
 */
export function worded(id: FixedMessageId): Pick<ValidationOptions, 'message' | 'context'> {
  return { message: ({ property }) => fieldMessage(property, id), context: { messageId: id } };
}

/** The words for one refused constraint of a validation error, when its validator was `worded` from the catalogue. */
export function wordedText(error: ValidationError, constraint: string): Bilingual | undefined {
  const id: unknown = error.contexts?.[constraint]?.['messageId'];
  return typeof id === 'string' ? message(id as FixedMessageId) : undefined;
}
