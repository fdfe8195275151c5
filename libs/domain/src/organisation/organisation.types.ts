import type { EncryptedValue } from '../shared/encrypted-value';
import type { Language } from '../shared/language';

export const LEADER_LEVELS = ['direktør', 'chef', 'leder'] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];

/** Levels that may facilitate a group. */
export const FACILITATOR_LEVELS: readonly LeaderLevel[] = ['direktør', 'chef'];

export interface Area {
  readonly id: string;
  readonly name: string;
}

/** A person's place in the organisation: no personal data, so it can be stored and compared in plain text. */
export interface PersonProfile {
  readonly id: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly experienced: boolean;
  /** Their direct manager, if the organisation records one. */
  readonly managerId?: string;
  /** The language their messages open with; absent means Danish. */
  readonly language?: Language;
  /** The workplace a leader leads (its name), for their own staff's page and message. */
  readonly workplace?: string;
  /** The address that reaches the leader's staff: a distribution list, not a person's own address. */
  readonly staffAddress?: string;
}

/** A person as the organisation's events hold them: name and e-mail only encrypted. */
export interface Person extends PersonProfile {
  readonly name: EncryptedValue;
  readonly email: EncryptedValue;
}

/** A person in the state: people who left stay, marked, so history and the right of access can still find them. */
export interface PersonRecord extends Person {
  readonly leftAt?: string;
  readonly personalDataErasedAt?: string;
}

export interface Group {
  readonly id: string;
  readonly name: string;
  readonly facilitatorId: string;
  /** Every member, the facilitator included. */
  readonly memberIds: readonly string[];
}

export interface OrganisationState {
  readonly areas: Readonly<Record<string, Area>>;
  readonly people: Readonly<Record<string, PersonRecord>>;
  readonly groups: Readonly<Record<string, Group>>;
}

export const initialOrganisationState: OrganisationState = { areas: {}, people: {}, groups: {} };

export function isActive(person: PersonRecord | undefined): person is PersonRecord {
  return person !== undefined && person.leftAt === undefined;
}

/** Everyone who takes part in a group's cycle: its members and its facilitator. */
export function groupParticipants(group: Group): string[] {
  return [...new Set([group.facilitatorId, ...group.memberIds])];
}
