import type { Provider } from '@nestjs/common';
import { ConfirmLinks, confirmLinkExpiry, confirmLinkUrl, resolveConfirmLinkSecret } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import type { EventStore } from '@ledelsesrum/event-store';
import type { NotificationSender } from '@ledelsesrum/notifications';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { ContactDirectory } from '../notifications/contact-directory';
import { storedStaffSummaries } from '../notifications/compose-staff-summaries';
import { APP_CONFIG, EVENT_STORE, NOTIFICATION_SENDER, PERSONAL_DATA_VAULT } from '../tokens';
import { createCycleActivities } from './cycle-activities';

export const CYCLE_ACTIVITIES = Symbol('CYCLE_ACTIVITIES');

export const cycleActivitiesProvider: Provider = {
  provide: CYCLE_ACTIVITIES,
  inject: [APP_CONFIG, EVENT_STORE, PERSONAL_DATA_VAULT, NOTIFICATION_SENDER],
  useFactory: (config: AppConfig, store: EventStore, vault: PersonalDataVault, sender: NotificationSender) => {
    const links = new ConfirmLinks(resolveConfirmLinkSecret(config));
    return createCycleActivities({
      store,
      sender,
      directory: new ContactDirectory(store, vault),
      confirmUrl: async (cycleId, personId, now) =>
        confirmLinkUrl(
          config.publicUrl,
          await links.sign({ cycleId, personId, expiresAt: confirmLinkExpiry(now, config.confirmLinkValidDays) }),
        ),
      chefgruppen: config.notifications.chefgruppen,
      fallbackOrganizer: { name: 'ledelsesrum', email: addressOf(config.notifications.from) },
      staffSummaries: storedStaffSummaries(store, config.publicUrl),
    });
  },
};

/** The bare address in a From such as `ledelsesrum <no-reply@kommune.dk>`. */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}
