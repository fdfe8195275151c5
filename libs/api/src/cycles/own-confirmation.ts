import { cycleStreamId, type CycleEvent } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';

/** A leader's cascade confirmation as it stands, their note opened: what a correction starts from. */
export interface OwnConfirmation {
  readonly passedOnAt: string;
  readonly channel: string;
  readonly note?: string;
}

/**
 * The person's confirmation in the cycle after every correction, or undefined when they have none (never given, or
 * withdrawn). The state keeps only when it was passed on; the channel and the note are in the events.
 */
export async function ownConfirmation(
  store: EventStore,
  vault: PersonalDataVault,
  cycleId: string,
  personId: string,
): Promise<OwnConfirmation | undefined> {
  const events = (await store.readStream(cycleStreamId(cycleId))) as unknown as CycleEvent[];
  let current: Extract<CycleEvent, { type: 'CascadeConfirmed' | 'CascadeConfirmationCorrected' }>['data'] | undefined;
  for (const event of events) {
    const about = 'personId' in event.data && event.data.personId === personId;
    if (!about) continue;
    if (event.type === 'CascadeConfirmed' || event.type === 'CascadeConfirmationCorrected') current = event.data;
    if (event.type === 'CascadeConfirmationWithdrawn') current = undefined;
  }
  if (!current) return undefined;
  const { passedOnAt, channel, note } = current;
  return { passedOnAt, channel, ...(note === undefined ? {} : { note: await vault.decryptWords(personId, note) }) };
}
