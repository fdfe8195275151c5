/** Shared limits for user input: generous for real use, small enough that no request can exhaust the server. */
export { ID_PATTERN } from '@ledelsesrum/domain';
/** `$property` is filled in by class-validator with the field's path. */
export const ID_MESSAGE =
  '$property: 1-64 tegn, bogstaver, tal og . _ : - / 1-64 characters: letters, digits and . _ : -';
export const MAX_TITLE = 200;
export const MAX_TEXT = 10_000;
export const MAX_LIST = 5_000;
