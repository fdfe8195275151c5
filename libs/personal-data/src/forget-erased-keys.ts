import type { EventStore, Subscription } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from './personal-data-vault';

/**
 * Follows the store from now on and drops the key of every person whose erasure another process records, so this
 * process's key cache never outlives an erasure by more than the store's delivery delay. The erasure destroys the key
 * in the shared key store first, so a key not cached here can no longer be read at all.
 */
export async function forgetErasedKeys(store: EventStore, vault: PersonalDataVault): Promise<Subscription> {
  return store.subscribeToAll({
    afterPosition: await store.headPosition(),
    onEvent: (event) => {
      if (event.type === 'PersonalDataErased') vault.forget((event.data as { id: string }).id);
    },
    onError: (error) => console.error('Sletninger følges ikke / Erasures are not followed:', error),
  });
}
