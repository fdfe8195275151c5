import type { EncryptedValue } from '../shared/encrypted-value';

export const LEADER_LEVELS = ['direktør', 'chef', 'leder'] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];

export interface Area {
  readonly id: string;
  readonly name: string;
}

/** A person as the organisation's events hold them: name and e-mail only encrypted. */
export interface Person {
  readonly id: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly experienced: boolean;
  readonly name: EncryptedValue;
  readonly email: EncryptedValue;
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly facilitatorId: string;
  readonly memberIds: readonly string[];
}

export interface OrganisationState {
  readonly areas: Readonly<Record<string, Area>>;
  readonly people: Readonly<Record<string, Person>>;
  readonly groups: Readonly<Record<string, Group>>;
}

export const initialOrganisationState: OrganisationState = { areas: {}, people: {}, groups: {} };

/** Everyone who takes part in a group's cycle: its members and its facilitator. */
export function groupParticipants(group: Group): string[] {
  return [...new Set([group.facilitatorId, ...group.memberIds])];
}
