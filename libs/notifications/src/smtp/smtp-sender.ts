import { createTransport, type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import {
  PermanentDeliveryError,
  type NotificationSender,
  type OutgoingMessage,
  type SendResult,
} from '../notification.port';
import { messageIdFor } from '../message-id';
import { DEFAULT_FROM, toMailOptions } from '../outbox/mail-options';
import type { SentLog } from './sent-log';

/** Transport settings beyond what `SMTP_URL` says (TLS options, timeouts, pool size). */
export type SmtpTransportOverrides = Partial<Omit<SMTPPool.Options, 'pool' | 'url'>>;

export interface SmtpSenderOptions {
  /** `smtp://[user:pass@]host[:port]` (STARTTLS, port 587 by default) or `smtps://…` (TLS, 465). */
  readonly url: string;
  /**
   * Lets `smtp://` go out unencrypted when the server offers no STARTTLS (SMTP_ALLOW_PLAINTEXT): for a test server on
   * loopback. Otherwise a server that does not offer it is refused, so a connection stripped of STARTTLS by someone in
   * between cannot read the messages or the password.
   */
  readonly allowPlaintext?: boolean;
  /** The record of keys already accepted by the server; share it (e.g. one SQLite file) across restarts. */
  readonly sentLog: SentLog;
  /** The `From` of every message; defaults to {@link DEFAULT_FROM}. */
  readonly from?: string;
  readonly transport?: SmtpTransportOverrides;
}

/**
 * The SMTP connection settings in an `SMTP_URL`. User name and password may be percent-encoded. Errors never repeat
 * the URL, which may hold a password.
 */
export function smtpOptionsFromUrl(smtpUrl: string, allowPlaintext = false): SMTPPool.Options {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new Error('SMTP_URL is not a valid URL (expected smtp://user:pass@host:587 or smtps://user:pass@host:465)');
  }
  const protocol = url.protocol.replace(/:$/, '').toLowerCase();
  if (protocol !== 'smtp' && protocol !== 'smtps') {
    throw new Error(`SMTP_URL must use smtp:// or smtps://, not ${protocol}://`);
  }
  if (!url.hostname) {
    throw new Error('SMTP_URL has no host');
  }
  const secure = protocol === 'smtps';
  const options: SMTPPool.Options = {
    pool: true,
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    ...plaintextRule(secure, allowPlaintext),
  };
  if (url.username) {
    options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  }
  return options;
}

/**
 * The SMTP notification adapter: composes each message exactly as the outbox does ({@link toMailOptions}) and hands
 * it to a pooled nodemailer transport.
 *
 * Idempotency: the {@link SentLog} is checked before sending, and the key is recorded only after the server accepted
 * the message. A rejected message is not recorded, so a retry sends it again. What remains is an at-least-once window:
 * if the process dies (or the log write fails) after the server said 250 but before the key is recorded, a retry
 * delivers the message a second time. It then carries the same Message-ID, so clients and servers that deduplicate by
 * Message-ID show it once. Sends of one key within one process are serialised, so concurrent retries cannot both send.
 *
 * If the server accepts some recipients and rejects others, the message counts as sent (resending would duplicate it
 * for those who got it) and `send` rejects with an error naming the rejected addresses, so the loss is visible.
 */
export class SmtpSender implements NotificationSender {
  private readonly transporter: Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;
  private readonly sentLog: SentLog;
  private readonly from: string;
  private readonly inFlight = new Map<string, Promise<SendResult>>();

  constructor(options: SmtpSenderOptions) {
    const fromUrl = smtpOptionsFromUrl(options.url, options.allowPlaintext);
    this.transporter = createTransport({
      ...fromUrl,
      ...options.transport,
      // Last, so no transport setting (ignoreTLS) can turn the rule off.
      ...plaintextRule(fromUrl.secure === true, options.allowPlaintext ?? false),
      pool: true,
    });
    this.sentLog = options.sentLog;
    this.from = options.from ?? DEFAULT_FROM;
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const key = message.idempotencyKey;
    const pending = this.inFlight.get(key);
    if (pending) {
      await pending.catch(() => undefined);
      return this.send(message);
    }
    const attempt = this.deliver(message);
    this.inFlight.set(key, attempt);
    try {
      return await attempt;
    } finally {
      this.inFlight.delete(key);
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
    this.transporter.close();
    await this.sentLog.close();
  }

  private async deliver(message: OutgoingMessage): Promise<SendResult> {
    const key = message.idempotencyKey;
    const messageId = messageIdFor(key);
    if (await this.sentLog.has(key)) {
      return { messageId, duplicate: true };
    }
    let info: SMTPPool.SentMessageInfo;
    try {
      info = await this.transporter.sendMail(toMailOptions(message, this.from));
    } catch (error) {
      const reason = withoutAddresses(error instanceof Error ? error.message : String(error));
      if ((error as { code?: unknown }).code === 'ETLS') {
        throw new Error(
          `Forbindelsen til SMTP-serveren kunne ikke krypteres med STARTTLS, så besked ${messageId} blev ikke sendt ` +
            `(ukrypteret kun med SMTP_ALLOW_PLAINTEXT=true) / The connection to the SMTP server could not be ` +
            `encrypted with STARTTLS, so message ${messageId} was not sent (unencrypted only with ` +
            `SMTP_ALLOW_PLAINTEXT=true): ${reason}`,
        );
      }
      const message = `SMTP server did not accept message ${messageId} (key ${key}): ${reason}`;
      const code = (error as { responseCode?: unknown }).responseCode;
      if (typeof code === 'number' && code >= 500 && code < 600) throw new PermanentDeliveryError(message);
      throw new Error(message);
    }
    // Accepted: from here until the key is recorded is the at-least-once window described above.
    await this.sentLog.add(key, messageId);
    if (info.rejected.length > 0) {
      throw new Error(
        `SMTP server accepted message ${messageId} (key ${key}) but rejected ${info.rejected.length} of its recipients`,
      );
    }
    return { messageId, duplicate: false };
  }
}

/** `smtp://` must upgrade with STARTTLS (and fails when the server does not offer it) unless plaintext is allowed. */
function plaintextRule(secure: boolean, allowPlaintext: boolean): Pick<SMTPPool.Options, 'requireTLS' | 'ignoreTLS'> {
  return secure || allowPlaintext ? {} : { requireTLS: true, ignoreTLS: false };
}

/** Server replies often quote the address (`550 <someone@example.dk>: no such user`); errors travel far, addresses must not. */
function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, '<address>');
}
