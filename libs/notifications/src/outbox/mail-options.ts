import type Mail from 'nodemailer/lib/mailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { OutgoingMessage } from '../notification.port';
import { messageIdFor } from '../message-id';

/** The sender both adapters use unless configured otherwise. */
export const DEFAULT_FROM = 'ledelsesrum <no-reply@ledelsesrum.local>';

/** The file name of the calendar invitation attached to a message that carries one. */
export const INVITATION_FILENAME = 'invitation.ics';

/**
 * The one place an {@link OutgoingMessage} becomes nodemailer mail options, shared by the outbox (which composes the
 * MIME text itself) and SMTP (where the transport composes it): UTF-8 throughout, a Message-ID derived from the
 * idempotency key, and a calendar invitation both as a `text/calendar; method=…` alternative and as an `.ics` file.
 */
export function toMailOptions(message: OutgoingMessage, from: string = DEFAULT_FROM): Mail.Options {
  if (message.to.length === 0) {
    throw new Error(`Message ${message.idempotencyKey} has no recipients`);
  }
  const options: Mail.Options = {
    from,
    to: message.to.map((recipient) =>
      recipient.name ? { name: recipient.name, address: recipient.address } : recipient.address,
    ),
    subject: message.subject,
    text: message.text,
    messageId: messageIdFor(message.idempotencyKey),
    textEncoding: 'quoted-printable',
    attachments: (message.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
    })),
  };
  if (message.html !== undefined) {
    options.html = message.html;
  }
  if (message.calendar) {
    // MailComposer emits this twice: as a `text/calendar; method=…` alternative (what mail clients render as an
    // invitation) and as an `.ics` attachment (for clients that only offer files).
    options.icalEvent = {
      method: message.calendar.method,
      filename: INVITATION_FILENAME,
      content: message.calendar.ics,
    };
  }
  return options;
}

/** The complete RFC 5322 message (headers and MIME body, CRLF line endings) for the given mail options. */
export function composeMessage(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}
