import type { LaunchedCycle } from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import { readCycleRecord, type MeetingMinutes, type PassedOn } from '@ledelsesrum/projections';
import type { OrganisationService } from '@ledelsesrum/api/organisation';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';
import { organisationNames, type OrganisationNames } from '../../common/organisation-names';

/** A confirmation with the leader's note opened for chefgruppen (the vault's erased marker once they are erased). */
export type OpenedConfirmation = Omit<PassedOn, 'note'> & { readonly note?: string };

/** What the groups and the leaders recorded in the cycle, with the names of everyone it mentions. */
export interface ShownRecord {
  readonly meetings: ReadonlyMap<string, MeetingMinutes>;
  /** Only the confirmations that stand in the cycle's state. */
  readonly confirmations: ReadonlyMap<string, OpenedConfirmation>;
  readonly names: OrganisationNames;
}

export async function loadShownRecord(
  store: EventStore,
  vault: PersonalDataVault,
  organisation: OrganisationService,
  cycle: LaunchedCycle,
): Promise<ShownRecord> {
  const record = await readCycleRecord(store, cycle.id);
  const confirmations = new Map<string, OpenedConfirmation>();
  for (const [personId, { note, ...passedOn }] of record.confirmations) {
    if (!cycle.participants.get(personId)?.cascade) continue;
    const opened = note === undefined ? undefined : await vault.decryptWords(personId, note);
    confirmations.set(personId, { ...passedOn, ...(opened ? { note: opened } : {}) });
  }
  const people = [
    ...cycle.participants.keys(),
    ...cycle.groups.map((group) => group.facilitatorId),
    ...[...record.meetings.values()].flatMap((minutes) => minutes.attendeeIds),
  ];
  return { meetings: record.meetings, confirmations, names: await organisationNames(organisation, people) };
}
