import protobuf from 'protobufjs';
import type { Payload } from '@temporalio/common';

/**
 * Temporal's `temporal.api.common.v1.Payload` (map<string, bytes> metadata = 1; bytes data = 2): the bytes a sealed
 * payload holds are the same a codec server built on Temporal's samples reads.
 */
const PAYLOAD = new protobuf.Type('Payload')
  .add(new protobuf.MapField('metadata', 1, 'string', 'bytes'))
  .add(new protobuf.Field('data', 2, 'bytes'));

export function encodePayload(payload: Payload): Uint8Array {
  return PAYLOAD.encode(
    PAYLOAD.fromObject({ metadata: payload.metadata ?? {}, data: payload.data ?? new Uint8Array() }),
  ).finish();
}

export function decodePayload(bytes: Uint8Array): Payload {
  const message = PAYLOAD.decode(bytes) as unknown as {
    metadata?: Record<string, Uint8Array>;
    data?: Uint8Array;
  };
  return { metadata: message.metadata ?? {}, data: message.data ?? new Uint8Array() };
}
