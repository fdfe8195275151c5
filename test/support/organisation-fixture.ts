import { randomUUID } from 'node:crypto';
import {
  ORGANISATION_STREAM,
  decideOrganisation,
  initialOrganisationState,
  type CycleGroupSnapshot,
  type Language,
  type Person,
} from '@ledelsesrum/domain';
import type { EventStore } from '@ledelsesrum/event-store';
import type { PersonalDataVault } from '@ledelsesrum/personal-data';

/** People and groups for tests: `groups` groups of `membersPerGroup` leaders each, the first one facilitating. */
export interface OrganisationFixture {
  readonly areas: { id: string; name: string }[];
  readonly people: {
    id: string;
    name: string;
    email: string;
    areaId: string;
    level: 'direktør' | 'chef' | 'leder';
    experienced: boolean;
  }[];
  readonly groups: { id: string; name: string; facilitatorId: string; memberIds: string[] }[];
}

export function organisationFixture(groupCount: number, membersPerGroup: number): OrganisationFixture {
  const areas = ['social', 'teknik', 'skole'].map((id) => ({ id, name: `Område ${id}` }));
  const people: OrganisationFixture['people'] = [];
  const groups: OrganisationFixture['groups'] = [];
  for (let g = 1; g <= groupCount; g += 1) {
    const memberIds: string[] = [];
    for (let m = 1; m <= membersPerGroup; m += 1) {
      const id = `p-${g}-${m}`;
      memberIds.push(id);
      people.push({
        id,
        name: `Leder ${g}.${m} Ærø`,
        email: `leder.${g}.${m}@kommune.dk`,
        areaId: areas[(g + m) % areas.length]!.id,
        level: m === 1 ? 'chef' : 'leder',
        experienced: m % 2 === 0,
      });
    }
    groups.push({ id: `g-${g}`, name: `Gruppe ${g}`, facilitatorId: memberIds[0]!, memberIds });
  }
  return { areas, people, groups };
}

export function groupSnapshots(fixture: OrganisationFixture): CycleGroupSnapshot[] {
  return fixture.groups.map(({ id, facilitatorId, memberIds }) => ({ id, facilitatorId, memberIds }));
}

/** Runs `task` over `items` with at most `concurrency` at a time; resolves with the results in order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return results;
}

/**
 * Stores the fixture as the API would: one ImportOrganisation decided by the domain, names and e-mails encrypted
 * with each person's key in `vault`. `languages` gives some people a language.
 */
export async function storeOrganisation(
  store: EventStore,
  vault: PersonalDataVault,
  fixture: OrganisationFixture,
  languages: Readonly<Record<string, Language>> = {},
): Promise<void> {
  const people: Person[] = await Promise.all(
    fixture.people.map(async ({ name, email, ...profile }) => {
      const language = languages[profile.id];
      return {
        ...profile,
        ...(language === undefined ? {} : { language }),
        name: await vault.encrypt(profile.id, name),
        email: await vault.encrypt(profile.id, email),
      };
    }),
  );
  const events = decideOrganisation(
    { type: 'ImportOrganisation', areas: fixture.areas, people, groups: fixture.groups },
    initialOrganisationState,
    { actorId: 'chef-1', now: new Date().toISOString() },
  );
  await store.appendToStream(
    ORGANISATION_STREAM,
    events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata: { actorId: 'chef-1' } })),
    { expectedRevision: 'no_stream' },
  );
}
