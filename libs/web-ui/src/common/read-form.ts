import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { VALIDATION_OPTIONS, wordedText } from '@ledelsesrum/api/common';
import { constraintText } from './constraint-text';
import type { Text } from './text';

/** Errors by the field's path in the command (`theme`, `items.2.title`), each in both languages. */
export type FieldErrors = Readonly<Record<string, Text>>;

export type FormResult<T> = { readonly value: T } | { readonly errors: FieldErrors };

/**
 * Validates a form's command with the very DTO and options the JSON API validates the same command with, so a form
 * cannot let through what the API refuses, nor refuse what it takes. The errors are per field, in the reader's words.
 */
export async function readForm<T extends object>(dto: ClassConstructor<T>, command: object): Promise<FormResult<T>> {
  const instance = plainToInstance(dto, command);
  const errors = await validate(instance, VALIDATION_OPTIONS);
  if (errors.length === 0) return { value: instance };
  const byField: Record<string, Text> = {};
  for (const [path, error] of flatten(errors, '')) byField[path] ??= error;
  return { errors: byField };
}

function* flatten(errors: readonly ValidationError[], prefix: string): Generator<[string, Text]> {
  for (const error of errors) {
    const path = `${prefix}${error.property}`;
    const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    // The API's own words come from the catalogue by id; the validator's built-in ones are worded here.
    if (constraint !== undefined) {
      yield [path, wordedText(error, constraint) ?? constraintText(constraint, message ?? '')];
    }
    yield* flatten(error.children ?? [], `${path}.`);
  }
}

/** The lines of a textarea, trimmed, without the empty ones: how a form writes a list of short texts. */
export function lines(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A form field that may come once (a string) or repeated (an array), e.g. checkboxes: always a list of strings. */
export function many(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' ? [value] : [];
}

/** A text field as the command takes it: an empty field is a field not given. */
export function optional(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The form's body as an object of fields (a body parser gives `{}` or an object; anything else is no fields). */
export function fieldsOf(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
