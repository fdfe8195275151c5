import type { OrganisationEvent } from '@ledelsesrum/domain';
import { describeOrganisationEvent } from './describe-organisation-event';

const SEALED = { keyId: 'k', iv: 'i', ciphertext: 'c', tag: 't' } as never;

describe('describeOrganisationEvent', () => {
  it.each<[OrganisationEvent, string]>([
    [{ type: 'AreaAdded', data: { id: 'social', name: 'Social' } }, 'Område tilføjet: social / Area added: social'],
    [{ type: 'AreaRenamed', data: { id: 'social', name: 'S' } }, 'Område omdøbt: social / Area renamed: social'],
    [{ type: 'AreaRemoved', data: { id: 'social' } }, 'Område fjernet: social / Area removed: social'],
    [
      {
        type: 'PersonAdded',
        data: { id: 'p-1', areaId: 'social', level: 'chef', experienced: true, name: SEALED, email: SEALED },
      },
      'Person tilføjet: p-1 (chef, social) / Person added: p-1 (chef, social)',
    ],
    [
      {
        type: 'PersonChanged',
        data: { id: 'p-1', areaId: 'teknik', level: 'leder', experienced: true, managerId: null },
      },
      'Person ændret: p-1 (leder, teknik) / Person changed: p-1 (leder, teknik)',
    ],
    [
      { type: 'PersonDetailsChanged', data: { id: 'p-1', name: SEALED, email: SEALED } },
      'Navn eller e-mail ændret (krypteret): p-1 / Name or e-mail changed (encrypted): p-1',
    ],
    [{ type: 'PersonLeft', data: { id: 'p-1', at: 'x' } }, 'Person fratrådt: p-1 / Person left: p-1'],
    [
      { type: 'PersonalDataErased', data: { id: 'p-1', at: 'x' } },
      'Persondata slettet: p-1 / Personal data erased: p-1',
    ],
    [
      { type: 'GroupCreated', data: { id: 'g-1', name: 'G', facilitatorId: 'p-1', memberIds: ['p-1', 'p-2'] } },
      'Gruppe oprettet: g-1, 2 medlemmer, facilitator p-1 / Group created: g-1, 2 members, facilitator p-1',
    ],
    [{ type: 'GroupRenamed', data: { id: 'g-1', name: 'G' } }, 'Gruppe omdøbt: g-1 / Group renamed: g-1'],
    [
      { type: 'GroupMemberAdded', data: { groupId: 'g-1', personId: 'p-2' } },
      'p-2 tilføjet til g-1 / p-2 added to g-1',
    ],
    [
      { type: 'GroupMemberRemoved', data: { groupId: 'g-1', personId: 'p-2' } },
      'p-2 fjernet fra g-1 / p-2 removed from g-1',
    ],
    [
      { type: 'GroupFacilitatorChanged', data: { groupId: 'g-1', facilitatorId: 'p-3' } },
      'Ny facilitator for g-1: p-3 / New facilitator of g-1: p-3',
    ],
    [{ type: 'GroupDissolved', data: { id: 'g-1' } }, 'Gruppe nedlagt: g-1 / Group dissolved: g-1'],
  ])('%#: %j', (event, line) => {
    const { da, en } = describeOrganisationEvent(event.type, event.data);
    expect(`${da} / ${en}`).toBe(line);
  });

  it('never shows a name or an e-mail address, not even encrypted', () => {
    const { da, en } = describeOrganisationEvent('PersonDetailsChanged', { id: 'p-1', name: SEALED, email: SEALED });
    expect(`${da} ${en}`).not.toMatch(/ciphertext|"c"/);
  });
});
