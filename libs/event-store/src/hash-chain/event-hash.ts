/**
 * The two hashes of the tamper-evident log (specified in docs/audit.md, "Revision: kontrolkæden (hash-kæden) / Audit:
 * the hash chain"). Every adapter stores them and the conformance suite recomputes them, so every store builds the
 * same chain.
 */
import { hash as digest } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** What an event's hash covers: its content as stored, and where it stands in its stream. */
export interface HashedContent {
  readonly id: string;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: string;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  // The one-shot `crypto.hash` (Node ≥ 20.12) is quicker than a Hash object for inputs this small.
  return digest('sha256', text, 'hex');
}

/** The canonical JSON an event's hash is taken of; `previousHash` is that of revision − 1 in the stream (null for 0). */
export function eventHashInput(event: HashedContent, previousHash: string | null): string {
  return canonicalJson({
    id: event.id,
    stream: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
    previousHash,
  });
}

/** `sha256hex(canonical({ id, stream, revision, type, data, metadata, recordedAt, previousHash }))`. */
export function eventHash(event: HashedContent, previousHash: string | null): string {
  return sha256Hex(eventHashInput(event, previousHash));
}

/** `sha256hex(canonical({ position, hash, previousChainHash }))`; previousChainHash is null for the first event. */
export function chainHash(position: number, hash: string, previousChainHash: string | null): string {
  return sha256Hex(canonicalJson({ position, hash, previousChainHash }));
}
