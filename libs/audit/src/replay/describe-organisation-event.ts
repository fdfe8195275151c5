import type { OrganisationEvent } from '@ledelsesrum/domain';
import { count, describeWith, type Description, type Describers } from './description';

type DataOf<T extends OrganisationEvent['type']> = Extract<OrganisationEvent, { type: T }>['data'];

/** Names and e-mails are never shown, not even encrypted: people are ids, as in the events. */
const ORGANISATION_DESCRIBERS = {
  AreaAdded: (data: DataOf<'AreaAdded'>) => ({ da: `Område tilføjet: ${data.id}`, en: `Area added: ${data.id}` }),
  AreaRenamed: (data: DataOf<'AreaRenamed'>) => ({ da: `Område omdøbt: ${data.id}`, en: `Area renamed: ${data.id}` }),
  AreaRemoved: (data: DataOf<'AreaRemoved'>) => ({ da: `Område fjernet: ${data.id}`, en: `Area removed: ${data.id}` }),
  PersonAdded: (data: DataOf<'PersonAdded'>) => ({
    da: `Person tilføjet: ${data.id} (${data.level}, ${data.areaId})`,
    en: `Person added: ${data.id} (${data.level}, ${data.areaId})`,
  }),
  PersonChanged: (data: DataOf<'PersonChanged'>) => ({
    da: `Person ændret: ${data.id} (${data.level}, ${data.areaId})`,
    en: `Person changed: ${data.id} (${data.level}, ${data.areaId})`,
  }),
  PersonDetailsChanged: (data: DataOf<'PersonDetailsChanged'>) => ({
    da: `Navn eller e-mail ændret (krypteret): ${data.id}`,
    en: `Name or e-mail changed (encrypted): ${data.id}`,
  }),
  PersonLeft: (data: DataOf<'PersonLeft'>) => ({ da: `Person fratrådt: ${data.id}`, en: `Person left: ${data.id}` }),
  PersonalDataErased: (data: DataOf<'PersonalDataErased'>) => ({
    da: `Persondata slettet: ${data.id}`,
    en: `Personal data erased: ${data.id}`,
  }),
  GroupCreated: (data: DataOf<'GroupCreated'>) => {
    const members = count(data.memberIds.length, ['medlem', 'medlemmer'], ['member', 'members']);
    return {
      da: `Gruppe oprettet: ${data.id}, ${members.da}, facilitator ${data.facilitatorId}`,
      en: `Group created: ${data.id}, ${members.en}, facilitator ${data.facilitatorId}`,
    };
  },
  GroupRenamed: (data: DataOf<'GroupRenamed'>) => ({
    da: `Gruppe omdøbt: ${data.id}`,
    en: `Group renamed: ${data.id}`,
  }),
  GroupMemberAdded: (data: DataOf<'GroupMemberAdded'>) => ({
    da: `${data.personId} tilføjet til ${data.groupId}`,
    en: `${data.personId} added to ${data.groupId}`,
  }),
  GroupMemberRemoved: (data: DataOf<'GroupMemberRemoved'>) => ({
    da: `${data.personId} fjernet fra ${data.groupId}`,
    en: `${data.personId} removed from ${data.groupId}`,
  }),
  GroupFacilitatorChanged: (data: DataOf<'GroupFacilitatorChanged'>) => ({
    da: `Ny facilitator for ${data.groupId}: ${data.facilitatorId}`,
    en: `New facilitator of ${data.groupId}: ${data.facilitatorId}`,
  }),
  GroupDissolved: (data: DataOf<'GroupDissolved'>) => ({
    da: `Gruppe nedlagt: ${data.id}`,
    en: `Group dissolved: ${data.id}`,
  }),
} satisfies { [T in OrganisationEvent['type']]: (data: DataOf<T>) => Description };

/** One line for an organisation event, people by id only. */
export function describeOrganisationEvent(type: string, data: unknown): Description {
  return describeWith(ORGANISATION_DESCRIBERS as Describers, type, data);
}
