/**
 * The names of the event store's streams, in one place: the organisation has one stream, each cycle one of its own
 * (`cycle-` and the cycle's id). Nothing else should build or take apart a stream name.
 */
export const ORGANISATION_STREAM = 'organisation';

const CYCLE_STREAM_PREFIX = 'cycle-';

export type StreamKind = 'organisation' | 'cycle';

export function cycleStreamId(cycleId: string): string {
  return `${CYCLE_STREAM_PREFIX}${cycleId}`;
}

/** The cycle a stream belongs to, or undefined for a stream that is not a cycle's. */
export function cycleIdOfStream(streamId: string): string | undefined {
  return streamId.startsWith(CYCLE_STREAM_PREFIX) ? streamId.slice(CYCLE_STREAM_PREFIX.length) : undefined;
}

/** Which aggregate a stream holds, or undefined for a name no aggregate uses. */
export function streamKind(streamId: string): StreamKind | undefined {
  if (streamId === ORGANISATION_STREAM) return 'organisation';
  return cycleIdOfStream(streamId) === undefined ? undefined : 'cycle';
}
