import type { Decider } from '../shared/decider';
import type { OrganisationCommand } from './organisation.commands';
import { decideOrganisation } from './organisation.decide';
import type { OrganisationEvent } from './organisation.events';
import { evolveOrganisation, evolveOrganisationAll } from './organisation.evolve';
import { initialOrganisationState, type OrganisationState } from './organisation.types';

/** The organisation's rules (areas, people, groups), as the one object every writer and reader shares. */
export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  decide: decideOrganisation,
  evolve: evolveOrganisation,
  initialState: initialOrganisationState,
  evolveAll: evolveOrganisationAll,
};
