import { own, type Group } from '@ledelsesrum/domain';
import type { OrganisationService } from '@ledelsesrum/api/organisation';

/** Names to show for ids: events and cycles refer to groups and people by id only. */
export interface OrganisationNames {
  /** The organisation's groups now. */
  readonly groups: readonly Group[];
  group(id: string): string;
  person(id: string): string;
}

/**
 * The organisation's group names and the names of `personIds`, decrypted for this page only. Someone who has left is
 * still named (their record stays); an id the organisation does not know is shown as it is.
 */
export async function organisationNames(
  organisation: OrganisationService,
  personIds: readonly string[],
): Promise<OrganisationNames> {
  const { state } = await organisation.current();
  const people = new Map<string, string>();
  for (const id of new Set(personIds)) {
    const record = own(state.people, id);
    if (record) people.set(id, (await organisation.unseal(record)).name);
  }
  return {
    groups: Object.values(state.groups),
    group: (id) => own(state.groups, id)?.name ?? id,
    person: (id) => people.get(id) ?? id,
  };
}
