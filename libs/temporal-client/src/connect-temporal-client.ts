import { Client, Connection } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import { temporalConnectionOptions, type TemporalConnectionSecurity } from './temporal-connection-options';

/**
 * A client whose connection is made on first use, so a process starts (and its health check can say so) even while
 * Temporal is down. The SDK's own gRPC retries apply. With a payload codec, what it sends is encrypted and what it
 * reads is decrypted.
 */
export function connectTemporalClient(options: {
  address: string;
  namespace?: string;
  security?: TemporalConnectionSecurity;
  payloadCodec?: PayloadCodec;
}): Client {
  const connection = Connection.lazy(temporalConnectionOptions(options.address, options.security));
  return new Client({
    connection,
    namespace: options.namespace ?? 'default',
    ...(options.payloadCodec ? { dataConverter: { payloadCodecs: [options.payloadCodec] } } : {}),
  });
}
