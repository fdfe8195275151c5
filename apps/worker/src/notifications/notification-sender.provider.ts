import type { Provider } from '@nestjs/common';
import type { AppConfig } from '@ledelsesrum/config';
import { OutboxSender, SmtpSender, openSentLog, type NotificationSender } from '@ledelsesrum/notifications';
import { APP_CONFIG, NOTIFICATION_SENDER } from '../tokens';

/** SMTP when SMTP_URL is set, else the outbox folder (the embedded default): every message one `.eml` file. */
export const notificationSenderProvider: Provider = {
  provide: NOTIFICATION_SENDER,
  inject: [APP_CONFIG],
  useFactory: async ({ notifications }: AppConfig): Promise<NotificationSender> =>
    notifications.smtpUrl === undefined
      ? new OutboxSender({ folder: notifications.outboxDir, from: notifications.from })
      : new SmtpSender({
          url: notifications.smtpUrl,
          sentLog: await openSentLog(notifications.smtpSentLog),
          from: notifications.from,
        }),
};
