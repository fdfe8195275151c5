import { bothLanguages, message } from '@ledelsesrum/messages';
import type { FixedMessageId } from './fixed-message-id';

/** An OpenAPI summary, description or example from the catalogue, in both languages as the API words everything. */
export function documented(id: Extract<FixedMessageId, `api.docs.${string}`>): string {
  return bothLanguages(message(id));
}
