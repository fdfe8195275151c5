import type { Area, Group, Person } from './organisation.types';

/** The organisation as a whole: areas, active people and groups. */
export interface OrganisationDocument {
  readonly areas: readonly Area[];
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
}

/** Replace the whole organisation with this one; only the differences are recorded. */
export interface ImportOrganisation extends OrganisationDocument {
  readonly type: 'ImportOrganisation';
}
export interface AddArea {
  readonly type: 'AddArea';
  readonly area: Area;
}
export interface RenameArea {
  readonly type: 'RenameArea';
  readonly area: Area;
}
export interface AddPerson {
  readonly type: 'AddPerson';
  readonly person: Person;
}
/** The person as they are now, whole: a person without managerId has no manager. */
export interface UpdatePerson {
  readonly type: 'UpdatePerson';
  readonly person: Person;
}
export interface PersonLeaves {
  readonly type: 'PersonLeaves';
  readonly id: string;
}
export interface CreateGroup {
  readonly type: 'CreateGroup';
  readonly group: Group;
}
export interface AddGroupMember {
  readonly type: 'AddGroupMember';
  readonly groupId: string;
  readonly personId: string;
}
export interface RemoveGroupMember {
  readonly type: 'RemoveGroupMember';
  readonly groupId: string;
  readonly personId: string;
}
export interface ChangeFacilitator {
  readonly type: 'ChangeFacilitator';
  readonly groupId: string;
  readonly facilitatorId: string;
}
export interface ErasePersonalData {
  readonly type: 'ErasePersonalData';
  readonly id: string;
}

export type OrganisationCommand =
  | ImportOrganisation
  | AddArea
  | RenameArea
  | AddPerson
  | UpdatePerson
  | PersonLeaves
  | CreateGroup
  | AddGroupMember
  | RemoveGroupMember
  | ChangeFacilitator
  | ErasePersonalData;
