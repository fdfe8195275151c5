import type { CycleEvent } from '@ledelsesrum/domain';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';

/**
 * A cycle event's data with a person's own words opened for a reader who may see them: the leader's note (as given or
 * corrected), their reflection for their workplace, why they withdrew it, and why they were released or the release
 * undone. Once the person is erased the words read as erased; older events hold them in plain text.
 */
export async function openedCycleWords(vault: PersonalDataVault, type: string, data: unknown): Promise<unknown> {
  const event = { type, data } as CycleEvent;
  if ((event.type === 'CascadeConfirmed' || event.type === 'CascadeConfirmationCorrected') && event.data.note) {
    return { ...event.data, note: await vault.decryptWords(event.data.personId, event.data.note) };
  }
  if (event.type === 'ReflectionWritten') {
    return { ...event.data, text: await vault.decryptWords(event.data.personId, event.data.text) };
  }
  if (
    event.type === 'CascadeReleased' ||
    event.type === 'CascadeReleaseUndone' ||
    event.type === 'CascadeConfirmationWithdrawn'
  ) {
    return { ...event.data, reason: await vault.decryptWords(event.data.personId, event.data.reason) };
  }
  return data;
}
