import type { message, MessageId } from '@ledelsesrum/messages';

/** The ids of the catalogue's fixed texts: those `message(id)` words without values. */
export type FixedMessageId = { [Id in MessageId]: Parameters<typeof message<Id>> extends [Id] ? Id : never }[MessageId];
