import {
  type CycleEvent,
  type CycleState,
  type NoticeRound,
  dueWork,
  foldCycle,
  nextWakeUp,
  pendingByFacilitator,
} from '@ledelsesrum/domain';

// Two groups; SHARED is in both, F1 and F2 facilitate. Summary published 2027-03-20 10:00 UTC.
const GROUPS = [
  { id: 'g1', facilitatorId: 'f1', memberIds: ['f1', 'a', 'shared'] },
  { id: 'g2', facilitatorId: 'f2', memberIds: ['f2', 'shared', 'b'] },
];
const EVERYONE = ['f1', 'a', 'shared', 'f2', 'b'];
const PUBLISHED = '2027-03-20T10:00:00.000Z';
const day = (days: number, hours = 0) =>
  new Date(Date.parse(PUBLISHED) + (days * 24 + hours) * 3_600_000).toISOString();

const launched: CycleEvent = {
  type: 'CycleLaunched',
  data: {
    cycleId: 'c1',
    theme: 'Trivsel',
    meetingDate: '2027-03-11',
    groups: GROUPS,
    meeting: { startTime: '09:00', durationMinutes: 180 },
    schedule: { prepSendAt: '2027-03-04T07:00:00.000Z', reminders: ['P7D', 'P12D'], deadline: 'P14D' },
    launchedBy: 'chef',
    launchedAt: '2027-02-01T09:00:00.000Z',
  },
};
const agendaSet: CycleEvent = {
  type: 'AgendaSet',
  data: { items: [], prepTasks: [], materials: [], setAt: '2027-02-02T09:00:00.000Z' },
};
const prepSent: CycleEvent = { type: 'PrepSent', data: { recipientIds: EVERYONE, sentAt: '2027-03-04T07:00:00.000Z' } };
const done = (round: NoticeRound, at: string): CycleEvent => ({
  type: 'NoticeRoundCompleted',
  data: { round, messageCount: 1, unreachableIds: [], at },
});
const met = (groupId: string): CycleEvent => ({
  type: 'MeetingRecorded',
  data: {
    groupId,
    heldAt: '2027-03-11T08:00:00Z',
    attendeeIds: [],
    keyPoints: [],
    inputToChefgruppen: [],
    recordedBy: 'f1',
  },
});
const summary: CycleEvent[] = [
  prepSent,
  done('prep', '2027-03-04T07:00:01.000Z'),
  met('g1'),
  met('g2'),
  { type: 'MeetingsHeld', data: { at: '2027-03-11T12:00:00Z' } },
  { type: 'SummaryPublished', data: { text: 'Opsamling', publishedAt: PUBLISHED } },
];
const confirmed = (personId: string): CycleEvent => ({
  type: 'CascadeConfirmed',
  data: { personId, passedOnAt: day(1), channel: 'møde', confirmedAt: day(1) },
});
const state = (...events: CycleEvent[]): CycleState => foldCycle([launched, agendaSet, ...events]);

describe('dueWork', () => {
  it('sends prep by itself once prepSendAt has come and the agenda is set, not before', () => {
    expect(dueWork(state(), '2027-03-04T06:59:59.999Z')).toBeUndefined();
    expect(dueWork(state(), '2027-03-04T07:00:00.000Z')).toStrictEqual({ kind: 'send-prep' });
    expect(dueWork(foldCycle([launched]), '2027-03-05T00:00:00Z')).toBeUndefined();
  });

  it('sends the prep round to every participant as soon as prep is sent, and nothing more until the summary', () => {
    expect(dueWork(state(prepSent), '2027-03-04T07:00:00Z')).toStrictEqual({
      kind: 'notify',
      round: 'prep',
      recipientIds: EVERYONE,
    });
    expect(dueWork(state(prepSent, done('prep', day(-16))), day(-10))).toBeUndefined();
  });

  it('records the prep of a back-registered round at once, for nobody, and then sends its summary to everyone', () => {
    const backRegistered: CycleEvent = {
      ...launched,
      data: { ...launched.data, backRegistration: true },
    } as CycleEvent;
    const later = '2027-04-01T09:00:00.000Z';
    expect(dueWork(foldCycle([backRegistered, agendaSet]), later)).toStrictEqual({ kind: 'send-prep' });
    const recorded = foldCycle([backRegistered, agendaSet, prepSent]);
    expect(dueWork(recorded, later)).toStrictEqual({ kind: 'notify', round: 'prep', recipientIds: [] });
    const published = foldCycle([backRegistered, agendaSet, ...summary]);
    expect(dueWork(published, later)).toMatchObject({ round: 'summary', recipientIds: EVERYONE });
  });

  it('sends the summary round at once, then reminders to the pending at 7 and 12 days, then escalation and report', () => {
    const published = state(...summary, confirmed('a'));
    expect(dueWork(published, PUBLISHED)).toStrictEqual({ kind: 'notify', round: 'summary', recipientIds: EVERYONE });
    const afterSummary = state(...summary, confirmed('a'), done('summary', PUBLISHED));
    expect(dueWork(afterSummary, day(7, -1))).toBeUndefined();
    const pending = ['f1', 'shared', 'f2', 'b'];
    expect(dueWork(afterSummary, day(7))).toStrictEqual({ kind: 'notify', round: 'reminder-1', recipientIds: pending });
    const reminded = state(...summary, confirmed('a'), done('summary', PUBLISHED), done('reminder-1', day(7)));
    expect(dueWork(reminded, day(11))).toBeUndefined();
    expect(dueWork(reminded, day(12))).toMatchObject({ round: 'reminder-2' });
    const twice = state(
      ...summary,
      confirmed('a'),
      done('summary', PUBLISHED),
      done('reminder-1', day(7)),
      done('reminder-2', day(12)),
    );
    expect(dueWork(twice, day(13))).toBeUndefined();
    // Escalation goes to facilitators whose groups have pending members other than themselves.
    expect(dueWork(twice, day(14))).toStrictEqual({ kind: 'notify', round: 'escalation', recipientIds: ['f1', 'f2'] });
    const escalated = state(...summary, done('summary', PUBLISHED), done('escalation', day(14)));
    expect(dueWork(escalated, day(14))).toStrictEqual({ kind: 'notify', round: 'status-report', recipientIds: [] });
    expect(
      dueWork(
        state(...summary, done('summary', PUBLISHED), done('escalation', day(14)), done('status-report', day(14))),
        day(30),
      ),
    ).toBeUndefined();
  });

  it('sends only the latest of several reminders that are due at once, and no reminder once the deadline is past', () => {
    const afterSummary = state(...summary, done('summary', PUBLISHED));
    expect(dueWork(afterSummary, day(12, 1))).toMatchObject({ round: 'reminder-2' });
    expect(dueWork(afterSummary, day(15))).toMatchObject({ round: 'escalation' });
  });

  it('stops reminding once the cycle is completed, but still sends the summary round', () => {
    const all = EVERYONE.map(confirmed);
    const complete = state(...summary, ...all, { type: 'CycleCompleted', data: { at: day(1) } });
    expect(dueWork(complete, day(20))).toMatchObject({ round: 'summary' });
    expect(
      dueWork(
        state(...summary, ...all, { type: 'CycleCompleted', data: { at: day(1) } }, done('summary', day(0))),
        day(20),
      ),
    ).toBeUndefined();
  });

  it('follows a changed schedule', () => {
    const changed = state(...summary, done('summary', PUBLISHED), {
      type: 'ScheduleChanged',
      data: {
        schedule: { prepSendAt: '2027-03-04T07:00:00.000Z', reminders: ['P20D'], deadline: 'P30D' },
        changedBy: 'chef',
        at: day(5),
      },
    });
    expect(dueWork(changed, day(14))).toBeUndefined();
    expect(dueWork(changed, day(20))).toMatchObject({ round: 'reminder-1' });
    expect(nextWakeUp(changed, day(5))).toBe(day(20));
  });
});

describe('nextWakeUp', () => {
  it('is prepSendAt while prep waits, nothing before the agenda or between prep and summary', () => {
    expect(nextWakeUp(state(), '2027-02-10T00:00:00Z')).toBe('2027-03-04T07:00:00.000Z');
    expect(nextWakeUp(foldCycle([launched]), '2027-02-10T00:00:00Z')).toBeUndefined();
    expect(nextWakeUp(state(prepSent), '2027-03-05T00:00:00Z')).toBeUndefined();
  });

  it('is the next reminder or the deadline after the summary, strictly later than now', () => {
    const afterSummary = state(...summary, done('summary', PUBLISHED));
    expect(nextWakeUp(afterSummary, PUBLISHED)).toBe(day(7));
    expect(nextWakeUp(afterSummary, day(7))).toBe(day(12));
    expect(nextWakeUp(afterSummary, day(13))).toBe(day(14));
    expect(nextWakeUp(state(...summary, done('escalation', day(14))), day(14))).toBeUndefined();
  });
});

describe('pendingByFacilitator', () => {
  it('lists each facilitator once with the pending members of all their groups, themselves excluded', () => {
    const launch = launched as Extract<CycleEvent, { type: 'CycleLaunched' }>;
    const extraGroup = { id: 'g3', facilitatorId: 'f1', memberIds: ['f1', 'b', 'c'] };
    const twoGroups = foldCycle([{ ...launch, data: { ...launch.data, groups: [...GROUPS, extraGroup] } }]);
    if (twoGroups.status !== 'launched') throw new Error('fixture');
    expect(pendingByFacilitator(twoGroups)).toStrictEqual(
      new Map([
        ['f1', ['a', 'shared', 'b', 'c']],
        ['f2', ['shared', 'b']],
      ]),
    );
  });
});
