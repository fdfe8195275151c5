import { Logger, type Provider } from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import { OutboxSender, SmtpSender, openSentLog, type NotificationSender } from '@ledelsesrum/notifications';
import { APP_CONFIG, NOTIFICATION_SENDER } from '../tokens';

/**
 * SMTP when SMTP_URL is set, else the outbox folder (the embedded default): every message one `.eml` file. The
 * outbox is opened as the worker starts, which removes what a crash mid-write left in it.
 */
export const notificationSenderProvider: Provider = {
  provide: NOTIFICATION_SENDER,
  inject: [APP_CONFIG],
  useFactory: async ({ notifications }: AppConfig): Promise<NotificationSender> => {
    if (notifications.smtpUrl !== undefined) {
      if (notifications.smtpAllowPlaintext) {
        new Logger('notifications').warn(
          'SMTP_ALLOW_PLAINTEXT=true: beskeder sendes ukrypteret, hvis SMTP-serveren ikke tilbyder STARTTLS; kun til ' +
            'en testserver på denne maskine / messages go out unencrypted when the SMTP server offers no STARTTLS; ' +
            'only for a test server on this machine',
        );
      }
      return new SmtpSender({
        url: notifications.smtpUrl,
        allowPlaintext: notifications.smtpAllowPlaintext,
        sentLog: await openSentLog(notifications.smtpSentLog),
        from: notifications.from,
      });
    }
    const outbox = new OutboxSender({ folder: notifications.outboxDir, from: notifications.from });
    await outbox.open();
    return outbox;
  },
};
