import type { Provider } from '@nestjs/common';
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
      return new SmtpSender({
        url: notifications.smtpUrl,
        sentLog: await openSentLog(notifications.smtpSentLog),
        from: notifications.from,
      });
    }
    const outbox = new OutboxSender({ folder: notifications.outboxDir, from: notifications.from });
    await outbox.open();
    return outbox;
  },
};
