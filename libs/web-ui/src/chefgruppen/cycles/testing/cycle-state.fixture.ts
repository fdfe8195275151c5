import { foldCycle, type CycleEvent, type LaunchedCycle } from '@ledelsesrum/domain';
import type { PlainOrganisation } from '@ledelsesrum/api/organisation';

/**
 * For the cycle pages' unit tests. Two areas, two groups: g-1 is d-1 (direktør, social, facilitating), c-1 (chef,
 * social), l-1 and l-2 (leder, social and teknik); g-2 is c-2 (chef, teknik, facilitating), l-2 again and l-3 (leder,
 * teknik). l-3 has left the organisation since the launch.
 */
export const ORGANISATION: PlainOrganisation = {
  areas: [
    { id: 'teknik', name: 'Teknik og miljø' },
    { id: 'social', name: 'Social og sundhed' },
  ],
  people: [
    person('d-1', 'Dorte Direktør', 'social', 'direktør'),
    person('c-1', 'Carl Chef', 'social', 'chef'),
    person('c-2', 'Cecilie Chef', 'teknik', 'chef'),
    person('l-1', 'Lone Leder', 'social', 'leder'),
    person('l-2', '[slettet / erased]', 'teknik', 'leder'),
  ],
  groups: [
    { id: 'g-1', name: 'Gruppe 1', facilitatorId: 'd-1', memberIds: ['d-1', 'c-1', 'l-1', 'l-2'] },
    { id: 'g-2', name: 'Gruppe 2', facilitatorId: 'c-2', memberIds: ['c-2', 'l-2', 'l-3'] },
  ],
};

function person(id: string, name: string, areaId: string, level: 'direktør' | 'chef' | 'leder') {
  return { id, name, email: `${id}@kommune.dk`, areaId, level, experienced: true };
}

const AT = '2027-05-20T10:00:00.000Z';

/** The cycle after its summary, with `more` events folded on top (confirmations, releases, notice rounds). */
export function publishedCycle(...more: CycleEvent[]): LaunchedCycle {
  const events: CycleEvent[] = [
    {
      type: 'CycleLaunched',
      data: {
        cycleId: 'cycle-1',
        theme: 'Trivsel',
        meetingDate: '2027-05-20',
        groups: ORGANISATION.groups.map(({ id, facilitatorId, memberIds }) => ({ id, facilitatorId, memberIds })),
        launchedAt: AT,
        launchedBy: 'chef',
      },
    },
    { type: 'SummaryPublished', data: { text: 'Opsamling', publishedAt: AT } },
    ...more,
  ];
  return foldCycle(events) as LaunchedCycle;
}

export function confirmed(personId: string): CycleEvent {
  return { type: 'CascadeConfirmed', data: { personId, passedOnAt: AT, channel: 'møde', confirmedAt: AT } };
}

export function released(personId: string): CycleEvent {
  return { type: 'CascadeReleased', data: { personId, reason: 'Fratrådt', releasedBy: 'chef', at: AT } };
}

export function roundDone(round: 'reminder-1' | 'escalation'): CycleEvent {
  return { type: 'NoticeRoundCompleted', data: { round, messageCount: 1, unreachableIds: [], at: AT } };
}
