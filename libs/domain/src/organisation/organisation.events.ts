import type { DomainEvent } from '../shared/domain-event';
import type { Area, Group, Person } from './organisation.types';

export type AreaDefined = DomainEvent<'AreaDefined', Area>;
export type AreaRemoved = DomainEvent<'AreaRemoved', { readonly id: string }>;
/** Recorded when a person is added and whenever any of their details change. */
export type PersonRegistered = DomainEvent<'PersonRegistered', Person>;
export type PersonRemoved = DomainEvent<'PersonRemoved', { readonly id: string }>;
/** Recorded when a group is created and whenever its name, facilitator or members change. */
export type GroupDefined = DomainEvent<'GroupDefined', Group>;
export type GroupRemoved = DomainEvent<'GroupRemoved', { readonly id: string }>;

export type OrganisationEvent =
  AreaDefined | AreaRemoved | PersonRegistered | PersonRemoved | GroupDefined | GroupRemoved;

export const ORGANISATION_STREAM = 'organisation';
