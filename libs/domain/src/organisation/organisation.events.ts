import type { DomainEvent } from '../shared/domain-event';
import type { EncryptedValue } from '../shared/encrypted-value';
import type { Area, Group, Person, PersonProfile } from './organisation.types';

export type AreaAdded = DomainEvent<'AreaAdded', Area>;
export type AreaRenamed = DomainEvent<'AreaRenamed', Area>;
/** An area nobody belongs to any more. */
export type AreaRemoved = DomainEvent<'AreaRemoved', { readonly id: string }>;
/** A person joins (or rejoins) the organisation. */
export type PersonAdded = DomainEvent<'PersonAdded', Person>;
/**
 * Area, level, experience, manager, language, workplace or staff address changed; the whole profile is recorded, so a
 * reader needs no earlier event. A profile without `language` has none (Danish), as every event from before languages
 * were recorded; one without `workplace` or `staffAddress` has none.
 */
export type PersonChanged = DomainEvent<
  'PersonChanged',
  Omit<PersonProfile, 'managerId'> & { readonly managerId: string | null }
>;
/** Name or e-mail changed (encrypted with the person's key). */
export type PersonDetailsChanged = DomainEvent<
  'PersonDetailsChanged',
  { readonly id: string; readonly name: EncryptedValue; readonly email: EncryptedValue }
>;
export type PersonLeft = DomainEvent<'PersonLeft', { readonly id: string; readonly at: string }>;
/** The person's key was destroyed: their name and e-mail can never be read again. */
export type PersonalDataErased = DomainEvent<'PersonalDataErased', { readonly id: string; readonly at: string }>;
export type GroupCreated = DomainEvent<'GroupCreated', Group>;
export type GroupRenamed = DomainEvent<'GroupRenamed', { readonly id: string; readonly name: string }>;
export type GroupMemberAdded = DomainEvent<'GroupMemberAdded', { readonly groupId: string; readonly personId: string }>;
export type GroupMemberRemoved = DomainEvent<
  'GroupMemberRemoved',
  { readonly groupId: string; readonly personId: string }
>;
export type GroupFacilitatorChanged = DomainEvent<
  'GroupFacilitatorChanged',
  { readonly groupId: string; readonly facilitatorId: string }
>;
export type GroupDissolved = DomainEvent<'GroupDissolved', { readonly id: string }>;

export type OrganisationEvent =
  | AreaAdded
  | AreaRenamed
  | AreaRemoved
  | PersonAdded
  | PersonChanged
  | PersonDetailsChanged
  | PersonLeft
  | PersonalDataErased
  | GroupCreated
  | GroupRenamed
  | GroupMemberAdded
  | GroupMemberRemoved
  | GroupFacilitatorChanged
  | GroupDissolved;
