import {
  evolveOrganisation,
  initialOrganisationState,
  type LeaderLevel,
  type OrganisationEvent,
  type OrganisationState,
} from '@ledelsesrum/domain';
import type { RecordedEvent } from '@ledelsesrum/event-store';

/** Folds the organisation's events with the domain's `evolve`, as the API does; revision -1 for none. */
export function foldOrganisationEvents(events: readonly RecordedEvent[]): {
  state: OrganisationState;
  revision: number;
} {
  const state = events.reduce(
    (folded, event) => evolveOrganisation(folded, event as unknown as OrganisationEvent),
    initialOrganisationState,
  );
  return { state, revision: events.at(-1)?.revision ?? -1 };
}

/** A person as an auditor's replay shows them: by id, no name or e-mail (not even encrypted). */
export interface PersonById {
  readonly id: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly experienced: boolean;
  readonly managerId?: string;
  readonly language?: string;
  readonly leftAt?: string;
  readonly personalDataErasedAt?: string;
}

/** The organisation at a revision, people by id only. */
export interface OrganisationById {
  readonly revision: number;
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly PersonById[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly facilitatorId: string;
    readonly memberIds: readonly string[];
  }[];
}

/** Areas, people (ids and profile only, those who left too, marked) and groups, as the state holds them. */
export function organisationById(state: OrganisationState, revision: number): OrganisationById {
  const people = Object.values(state.people).map(
    ({ id, areaId, level, experienced, managerId, language, leftAt, personalDataErasedAt }): PersonById => ({
      id,
      areaId,
      level,
      experienced,
      ...(managerId === undefined ? {} : { managerId }),
      ...(language === undefined ? {} : { language }),
      ...(leftAt === undefined ? {} : { leftAt }),
      ...(personalDataErasedAt === undefined ? {} : { personalDataErasedAt }),
    }),
  );
  return { revision, areas: Object.values(state.areas), people, groups: Object.values(state.groups) };
}
