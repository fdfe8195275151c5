import { createHash, randomUUID } from 'node:crypto';

/**
 * The ids of a command's events. With an idempotency key they derive from the stream, the key and the event's place
 * in the command, so the same command decided twice (a retry, or two replicas racing) appends the very same ids, and
 * the store takes the second append at the same position as a success that writes nothing.
 */
export function eventIds(streamId: string, idempotencyKey: string | undefined, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    idempotencyKey === undefined ? randomUUID() : uuidFrom(`${streamId}\u0000${idempotencyKey}\u0000${index}`),
  );
}

/** A UUID-shaped (version 8, "custom") id from a SHA-256 of `name`. */
function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
