import { sameEncryptedValue } from '../shared/encrypted-value';
import { evolveAll } from '../shared/decider';
import { own } from '../shared/own';
import { organisationDecider } from './organisation.decider';
import type { OrganisationEvent } from './organisation.events';
import { isActive, type OrganisationState } from './organisation.types';
import type { PersonField } from './organisation.values';

/** A person who stays, with the fields a change gives a new value. */
export interface ChangedPerson {
  readonly personId: string;
  readonly fields: readonly PersonField[];
}

/** A manager who would share a group with some of their own direct reports. */
export interface ManagerWithReports {
  readonly groupId: string;
  readonly managerId: string;
  readonly reportIds: readonly string[];
}

/** What a change to the organisation would do, by person, read from the events it would record. */
export interface OrganisationChangePreview {
  readonly added: readonly string[];
  readonly changed: readonly ChangedPerson[];
  readonly leaving: readonly string[];
  readonly groupsCreated: readonly string[];
  readonly groupsChanged: readonly string[];
  readonly groupsDissolved: readonly string[];
  /** In the organisation the change leaves: a group is no place to speak freely with one's own manager present. */
  readonly managersWithReports: readonly ManagerWithReports[];
}

const GROUP_CHANGES = new Set(['GroupRenamed', 'GroupMemberAdded', 'GroupMemberRemoved', 'GroupFacilitatorChanged']);

/**
 * Reads the events a change would record (the decider's own answer, so the preview and the change cannot differ) as
 * who joins, who changes in which fields, who leaves and which groups change.
 */
export function previewOrganisationChange(
  before: OrganisationState,
  events: readonly OrganisationEvent[],
): OrganisationChangePreview {
  const added: string[] = [];
  const leaving: string[] = [];
  const fields = new Map<string, Set<PersonField>>();
  const groups = { created: new Set<string>(), changed: new Set<string>(), dissolved: new Set<string>() };
  const changedFields = (id: string) => fields.get(id) ?? fields.set(id, new Set()).get(id)!;
  for (const event of events) {
    switch (event.type) {
      case 'PersonAdded':
        added.push(event.data.id);
        break;
      case 'PersonLeft':
        leaving.push(event.data.id);
        break;
      case 'PersonChanged': {
        const stored = own(before.people, event.data.id);
        if (!stored) break;
        const { areaId, level, experienced, managerId, language, workplace, staffAddress } = event.data;
        if (stored.areaId !== areaId) changedFields(stored.id).add('areaId');
        if (stored.level !== level) changedFields(stored.id).add('level');
        if (stored.experienced !== experienced) changedFields(stored.id).add('experienced');
        if ((stored.managerId ?? null) !== (managerId ?? null)) changedFields(stored.id).add('managerId');
        if (stored.language !== language) changedFields(stored.id).add('language');
        if (stored.workplace !== workplace) changedFields(stored.id).add('workplace');
        if (stored.staffAddress !== staffAddress) changedFields(stored.id).add('staffAddress');
        break;
      }
      case 'PersonDetailsChanged': {
        const stored = own(before.people, event.data.id);
        if (!stored) break;
        if (!sameEncryptedValue(stored.name, event.data.name)) changedFields(stored.id).add('name');
        if (!sameEncryptedValue(stored.email, event.data.email)) changedFields(stored.id).add('email');
        break;
      }
      case 'GroupCreated':
        groups.created.add(event.data.id);
        break;
      case 'GroupDissolved':
        groups.dissolved.add(event.data.id);
        break;
      default:
        if (GROUP_CHANGES.has(event.type)) {
          const data = event.data as { id?: string; groupId?: string };
          const id = data.groupId ?? data.id;
          if (id !== undefined && !groups.created.has(id)) groups.changed.add(id);
        }
    }
  }
  return {
    added,
    changed: [...fields].map(([personId, changed]) => ({ personId, fields: [...changed] })),
    leaving,
    groupsCreated: [...groups.created],
    groupsChanged: [...groups.changed],
    groupsDissolved: [...groups.dissolved],
    managersWithReports: managersWithReports(evolveAll(organisationDecider, before, events)),
  };
}

/** Every group with a manager and some of their own direct reports among its active members. */
export function managersWithReports(state: OrganisationState): ManagerWithReports[] {
  const found: ManagerWithReports[] = [];
  for (const group of Object.values(state.groups)) {
    const members = new Set(group.memberIds.filter((id) => isActive(own(state.people, id))));
    const reports = new Map<string, string[]>();
    for (const id of members) {
      const managerId = own(state.people, id)?.managerId;
      if (managerId !== undefined && members.has(managerId)) {
        reports.set(managerId, [...(reports.get(managerId) ?? []), id]);
      }
    }
    for (const [managerId, reportIds] of reports) found.push({ groupId: group.id, managerId, reportIds });
  }
  return found;
}
