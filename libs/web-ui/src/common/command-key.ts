import { randomUUID } from 'node:crypto';
import { html, type Html } from './html';

const FIELD = 'idempotencyKey';
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A fresh key in every command form: the same form sent twice (a double click, a reload after a timeout) carries the
 * same key, so the command happens once (the API's Idempotency-Key, see CyclesService).
 */
export function commandKeyField(key: string = randomUUID()): Html {
  return html`<input type="hidden" name="${FIELD}" value="${key}" />`;
}

/** Takes the form's key out of its fields (so they are exactly the command's); undefined when absent or malformed. */
export function takeCommandKey(fields: Record<string, unknown>): string | undefined {
  const value = fields[FIELD];
  delete fields[FIELD];
  return typeof value === 'string' && KEY.test(value) ? value : undefined;
}
