import type { NewEvent } from '@ledelsesrum/event-store';

/** The most a command may record, in bytes of its events' JSON (data and metadata): several pages of text. */
export const MAX_COMMAND_BYTES = 64 * 1024;

/**
 * The most a command whose events list the organisation's people may record: the whole organisation's import, a
 * launch's snapshot of its groups, a round of messages. Bounded by the organisation's size, not by anyone's text.
 */
const MAX_ORGANISATION_SIZED_COMMAND_BYTES = 16 * 1024 * 1024;

const ORGANISATION_SIZED: ReadonlySet<string> = new Set([
  'ImportOrganisation',
  'LaunchCycle',
  'SendPrep',
  'RecordNotifications',
  'CloseCycle',
]);

/** How many bytes a command of this type may record. */
export function commandSizeLimit(commandType: string): number {
  return ORGANISATION_SIZED.has(commandType) ? MAX_ORGANISATION_SIZED_COMMAND_BYTES : MAX_COMMAND_BYTES;
}

/** The size of the events as the store keeps them (JSON of the data and the metadata), in bytes. */
export function recordedBytes(events: readonly NewEvent[]): number {
  let bytes = 0;
  for (const event of events) {
    bytes += Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata ?? {}));
  }
  return bytes;
}

/**
 * A command would record more than its type may: nothing of it was stored. A stream that took any size could be made
 * slow to fold, read and replay for everyone by one request.
 */
export class CommandTooLargeError extends Error {
  override readonly name = 'CommandTooLargeError';
  constructor(
    readonly commandType: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    // The code, as a domain error's message is its id; the catalogue words it from these values.
    super('COMMAND_TOO_LARGE');
  }
}
