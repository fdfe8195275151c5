/**
 * The notification port: how ledelsesrum tells people things. Adapters: an outbox folder of `.eml` files (the
 * embedded default) and SMTP. Every message carries an idempotency key, and sending the same key twice delivers once.
 */
export interface Recipient {
  readonly address: string;
  readonly name?: string;
}

export interface Attachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

export interface OutgoingMessage {
  /** Stable for one logical message (e.g. `prep/<cycleId>/<groupId>/<personId>`, see `messageKey`): a retried send of it delivers nothing new. */
  readonly idempotencyKey: string;
  readonly to: readonly Recipient[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** An iCalendar (RFC 5545) invitation, sent as a `text/calendar; method=REQUEST` part and as an `.ics` file. */
  readonly calendar?: { readonly method: 'REQUEST' | 'CANCEL'; readonly ics: string };
  readonly attachments?: readonly Attachment[];
  /**
   * Every person the message goes to or names, by id: the outbox marks its file with them, so erasing a person
   * removes every file that holds their name or address.
   */
  readonly personIds?: readonly string[];
}

export interface SendResult {
  /** The Message-ID the message went out with; derived from the idempotency key, so it is the same on a retry. */
  readonly messageId: string;
  /** True when this key had already been sent and nothing was sent now. */
  readonly duplicate: boolean;
}

/**
 * The receiving server refused the message for good (an SMTP 5xx, e.g. no such mailbox): retrying cannot help. The
 * message names no address: it ends up in logs and in Temporal's history.
 */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
}

export interface NotificationSender {
  send(message: OutgoingMessage): Promise<SendResult>;
  close(): Promise<void>;
  /** How many sends may be under way at once; one when absent. */
  readonly concurrency?: number;
}
