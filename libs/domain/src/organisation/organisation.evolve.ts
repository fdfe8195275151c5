import { assertNever } from '../shared/assert-never';
import type { OrganisationEvent } from './organisation.events';
import type { OrganisationState } from './organisation.types';

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'AreaDefined':
      return { ...state, areas: { ...state.areas, [event.data.id]: event.data } };
    case 'AreaRemoved':
      return { ...state, areas: without(state.areas, event.data.id) };
    case 'PersonRegistered':
      return { ...state, people: { ...state.people, [event.data.id]: event.data } };
    case 'PersonRemoved':
      return { ...state, people: without(state.people, event.data.id) };
    case 'GroupDefined':
      return { ...state, groups: { ...state.groups, [event.data.id]: event.data } };
    case 'GroupRemoved':
      return { ...state, groups: without(state.groups, event.data.id) };
    default:
      return assertNever(event);
  }
}

function without<T>(record: Readonly<Record<string, T>>, id: string): Record<string, T> {
  const { [id]: _removed, ...rest } = record;
  return rest;
}
