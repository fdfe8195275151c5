import { status as grpcStatus } from '@grpc/grpc-js';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import { temporalConnectionOptions, type TemporalConnectionSecurity } from './temporal-connection-options';

/**
 * Temporal admits at most 10 Updates in flight per workflow and answers RESOURCE_EXHAUSTED past that. When many
 * leaders confirm in the same second, callers must queue rather than fail: retry such answers sooner and for
 * longer (about a minute) than the SDK's default of ten attempts.
 */
export const TEMPORAL_RETRY = defaultGrpcRetryOptions({
  maxAttempts: 40,
  factor: 1.3,
  maxJitter: 0.5,
  initialIntervalMs: ({ code }) => (code === grpcStatus.RESOURCE_EXHAUSTED ? 200 : 100),
  maxIntervalMs: ({ code }) => (code === grpcStatus.RESOURCE_EXHAUSTED ? 2_000 : 5_000),
});

/**
 * A client whose connection is made on first use, so the API starts (and its health check can say so) even while
 * Temporal is down.
 */
export function connectTemporalClient(options: {
  address: string;
  namespace?: string;
  security?: TemporalConnectionSecurity;
}): Client {
  const connection = Connection.lazy({
    ...temporalConnectionOptions(options.address, options.security),
    interceptors: [makeGrpcRetryInterceptor(TEMPORAL_RETRY)],
  });
  return new Client({ connection, namespace: options.namespace ?? 'default' });
}
