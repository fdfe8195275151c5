import type { DistributionList, LaunchedCycle } from '@ledelsesrum/domain';
import type { StaffSummary } from '@ledelsesrum/projections';
import { composeStaffSummaries, type StaffSummarySource } from './compose-staff-summaries';

const PUBLISHED = '2027-03-12T10:00:00.000Z';
const cycle = { id: 'c-1', summary: { text: 'Opsamling', publishedAt: PUBLISHED } } as unknown as LaunchedCycle;
const page: StaffSummary = {
  id: 'c-1',
  theme: 'Trivsel',
  meetingDate: '2027-03-10',
  launchedAt: '2027-01-01T08:00:00.000Z',
  publishedAt: PUBLISHED,
  text: 'Vi taler om *trivsel*.',
  keyPoints: ['Vi deler viden'],
  coming: [{ theme: 'Rekruttering', meetingDate: '2027-06-02' }],
};

function source(lists: readonly DistributionList[], summary: StaffSummary | undefined) {
  const asked: string[] = [];
  const at: StaffSummarySource = {
    listsAt: async (moment) => {
      asked.push(moment);
      return lists;
    },
    summary: async () => summary,
    staffUrl: (cycleId) => `https://ledelsesrum.kommune.dk/medarbejder/cykler/${cycleId}`,
  };
  return { at, asked };
}

describe('the published summary for the distribution lists', () => {
  it('is one message per list in force at the publication, with the staff page, recorded under the list', async () => {
    const lists = [
      { name: 'Alle medarbejdere', address: 'alle@kommune.dk' },
      { name: 'Skoler', address: 'skoler@kommune.dk', areaId: 'skole' },
    ];
    const { at, asked } = source(lists, page);
    const messages = await composeStaffSummaries(cycle, at);
    expect(asked).toEqual([PUBLISHED]);
    expect(messages.map(({ message: _message, ...about }) => about)).toEqual([
      {
        kind: 'staff-summary',
        recipientIds: [],
        audience: 'distribution-list',
        list: { name: 'Alle medarbejdere', address: 'alle@kommune.dk' },
      },
      {
        kind: 'staff-summary',
        recipientIds: [],
        audience: 'distribution-list',
        list: { name: 'Skoler', address: 'skoler@kommune.dk' },
      },
    ]);
    const [first] = messages;
    expect(first!.message.idempotencyKey).toBe('staff-summary/c-1/alle@kommune.dk');
    expect(first!.message.to).toEqual([{ address: 'alle@kommune.dk', name: 'Alle medarbejdere' }]);
    expect(first!.message.subject).toBe('Opsamling til medarbejderne: Trivsel / Summary for staff: Trivsel');
    for (const line of [
      'Til Alle medarbejdere',
      'Vi taler om *trivsel*.',
      '- Vi deler viden',
      '- 2. juni 2027: Rekruttering',
      'https://ledelsesrum.kommune.dk/medarbejder/cykler/c-1',
    ]) {
      expect(first!.message.text).toContain(line);
    }
  });

  it('goes once to an address two lists share, under the first list’s name', async () => {
    const lists = [
      { name: 'Alle', address: 'alle@kommune.dk' },
      { name: 'Alle igen', address: 'ALLE@kommune.dk' },
    ];
    const messages = await composeStaffSummaries(cycle, source(lists, page).at);
    expect(messages.map((message) => message.list?.name)).toEqual(['Alle']);
  });

  it('is nothing without lists, or once the summary is no longer published (the round called off)', async () => {
    expect(await composeStaffSummaries(cycle, source([], page).at)).toEqual([]);
    const lists = [{ name: 'Alle', address: 'alle@kommune.dk' }];
    expect(await composeStaffSummaries(cycle, source(lists, undefined).at)).toEqual([]);
  });
});
