import { createHash } from 'node:crypto';

/**
 * The idempotency key of a message: its kind and the ids that make it one message, joined by "/". Ids may contain
 * ":" but never "/" (ID_PATTERN), so two different messages can never share a key.
 */
export function messageKey(kind: string, ...ids: readonly string[]): string {
  return [kind, ...ids].join('/');
}

/** The SHA-256 of an idempotency key, lowercase hex: the stable handle of one logical message. */
export function idempotencyHash(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey, 'utf8').digest('hex');
}

/**
 * The Message-ID for an idempotency key: `<sha256-hex-of-key@domain>`. Deterministic, so a retried send carries the
 * same Message-ID and a receiving system can recognise it as the same message.
 */
export function messageIdFor(idempotencyKey: string, domain = 'ledelsesrum.local'): string {
  return `<${idempotencyHash(idempotencyKey)}@${domain}>`;
}
