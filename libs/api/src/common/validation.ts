export { ID_PATTERN } from '@ledelsesrum/domain';

/** Shared limits for user input: generous for real use, small enough that no request can exhaust the server. */
export const MAX_TITLE = 200;
export const MAX_TEXT = 10_000;
export const MAX_LIST = 5_000;
