import { cycleStreamId, type CycleEvent } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';

/** A leader's reflection for their workplace, opened: the words read as erased once the leader is erased. */
export interface OwnReflection {
  readonly text: string;
  readonly writtenAt: string;
}

/** The person's latest reflection in the cycle, or undefined when they wrote none. The state keeps none of it. */
export async function ownReflection(
  store: EventStore,
  vault: PersonalDataVault,
  cycleId: string,
  personId: string,
): Promise<OwnReflection | undefined> {
  const events = (await store.readStream(cycleStreamId(cycleId))) as unknown as CycleEvent[];
  const latest = events
    .filter((event) => event.type === 'ReflectionWritten' && event.data.personId === personId)
    .at(-1) as Extract<CycleEvent, { type: 'ReflectionWritten' }> | undefined;
  if (!latest) return undefined;
  return { text: await vault.decryptWords(personId, latest.data.text), writtenAt: latest.data.writtenAt };
}
