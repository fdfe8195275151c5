import type { CycleView } from '@ledelsesrum/domain';
import { cycleForReader } from './cycle-for-reader';

const CYCLE: CycleView & { closed: { reason: string; exceptionIds: string[]; at: string } } = {
  id: 'c-1',
  theme: 'Trivsel',
  meetingDate: '2027-05-20',
  stage: 'completed',
  revision: 9,
  groups: [{ id: 'g-1', meetingHeld: true }],
  cascades: { total: 5, confirmed: 1, released: ['p-3'], pending: ['p-4', 'p-5'] },
  closed: { reason: 'Fristen er overskredet', exceptionIds: ['p-4', 'p-5'], at: '2027-06-20T10:00:00Z' },
};

describe('cycleForReader', () => {
  it.each(['chefgruppen', 'auditor'] as const)('shows %s every participant’s id', (role) => {
    expect(cycleForReader(CYCLE, { id: 'x', roles: [role] })).toEqual(CYCLE);
  });

  it('shows a leader the counts and only their own id among the pending, released and exceptions', () => {
    expect(cycleForReader(CYCLE, { id: 'p-5', roles: ['leader'] })).toEqual({
      ...CYCLE,
      cascades: { total: 5, confirmed: 1, released: [], pending: ['p-5'] },
      closed: { ...CYCLE.closed, exceptionIds: ['p-5'] },
    });
    expect(cycleForReader(CYCLE, { id: 'p-3', roles: ['leader', 'facilitator'] }).cascades).toEqual({
      total: 5,
      confirmed: 1,
      released: ['p-3'],
      pending: [],
    });
  });
});
