import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfirmLinks, confirmLinkExpiry, confirmLinkUrl } from '@ledelsesrum/auth';
import type { EventStore } from '@ledelsesrum/event-store';
import { OutboxSender } from '@ledelsesrum/notifications';
import { PersonalDataVault, SqlitePersonKeyStore } from '@ledelsesrum/personal-data';
import type { NoticeDependencies } from '../../apps/worker/src/activities/send-round-part';
import { ContactDirectory } from '../../apps/worker/src/notifications/contact-directory';

export type NoticeOverrides = Partial<Omit<NoticeDependencies, 'store'>> & {
  /** The key store behind the directory's vault (the one the organisation was written with). */
  readonly vault?: PersonalDataVault;
};

export const TEST_PUBLIC_URL = 'https://ledelsesrum.test';
export const TEST_LINK_SECRET = 'test-link-secret-that-is-long-enough-to-use';
export const CHEFGRUPPEN_ADDRESS = 'chefgruppen@kommune.test';

/**
 * The worker's notification side as the tests run it: an outbox in a fresh temporary folder, the organisation read
 * from the same store, links signed with a test secret. Each part can be replaced.
 */
export function noticeDependencies(store: EventStore, overrides: NoticeOverrides = {}): NoticeDependencies {
  const vault =
    overrides.vault ??
    new PersonalDataVault(
      new SqlitePersonKeyStore(join(mkdtempSync(join(tmpdir(), 'ledelsesrum-keys-')), 'keys.sqlite')),
    );
  const links = new ConfirmLinks(TEST_LINK_SECRET);
  return {
    store,
    directory: overrides.directory ?? new ContactDirectory(store, vault),
    sender: overrides.sender ?? new OutboxSender({ folder: mkdtempSync(join(tmpdir(), 'ledelsesrum-outbox-')) }),
    confirmUrl:
      overrides.confirmUrl ??
      (async (cycleId, personId, now) =>
        confirmLinkUrl(
          TEST_PUBLIC_URL,
          await links.sign({ cycleId, personId, expiresAt: confirmLinkExpiry(now, 60) }),
        )),
    chefgruppen: overrides.chefgruppen ?? [CHEFGRUPPEN_ADDRESS],
    fallbackOrganizer: overrides.fallbackOrganizer ?? { name: 'ledelsesrum', email: 'no-reply@kommune.test' },
    ...(overrides.clock === undefined ? {} : { clock: overrides.clock }),
  };
}
