import { ID_RULE } from '@ledelsesrum/domain';

export { ID_PATTERN } from '@ledelsesrum/domain';

/** `$property` is filled in by class-validator with the field's path. */
export const ID_MESSAGE = `$property: ${ID_RULE}`;

/** Shared limits for user input: generous for real use, small enough that no request can exhaust the server. */
export const MAX_TITLE = 200;
export const MAX_TEXT = 10_000;
export const MAX_LIST = 5_000;
