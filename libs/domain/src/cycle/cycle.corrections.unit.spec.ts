import {
  type CycleCommand,
  type CycleEvent,
  type CycleState,
  type LaunchedCycle,
  decideCycle,
  DomainErrorCode,
  dueWork,
  foldCycle,
  isRoundDone,
  nextWakeUp,
  toCycleView,
  wakesCycleProcess,
} from '@ledelsesrum/domain';

const FACILITATOR = 'p-facilitator';
const MEMBER = 'p-member';
const ADMIN = 'p-admin';
const AGENDA = { items: [{ title: 'Rekruttering' }], prepTasks: [], materials: [] };
const CORRECTED = { items: [{ title: 'Rekruttering og fastholdelse' }], prepTasks: [], materials: [] };
const NOW = '2027-03-20T08:00:00.000Z';

const LAUNCHED: CycleEvent = {
  type: 'CycleLaunched',
  data: {
    cycleId: 'c-1',
    theme: 'Rekruttering',
    meetingDate: '2027-03-13',
    groups: [
      { id: 'g-1', facilitatorId: FACILITATOR, memberIds: [MEMBER] },
      { id: 'g-2', facilitatorId: ADMIN, memberIds: [] },
    ],
    launchedBy: ADMIN,
    launchedAt: '2027-03-01T08:00:00.000Z',
  },
};
const AGENDA_SET: CycleEvent = { type: 'AgendaSet', data: { ...AGENDA, setAt: '2027-03-02T08:00:00.000Z' } };
const PREP_SENT: CycleEvent = {
  type: 'PrepSent',
  data: { recipientIds: [FACILITATOR, MEMBER, ADMIN], sentAt: '2027-03-06T07:00:00.000Z' },
};
const RECORD = {
  groupId: 'g-1',
  heldAt: '2027-03-13T09:00:00.000Z',
  attendeeIds: [FACILITATOR, MEMBER],
  keyPoints: ['Fælles jobopslag'],
  inputToChefgruppen: ['Et fælles introforløb'],
};
const RECORDED: CycleEvent = { type: 'MeetingRecorded', data: { ...RECORD, recordedBy: FACILITATOR } };
const OTHER_RECORDED: CycleEvent = {
  type: 'MeetingRecorded',
  data: { ...RECORD, groupId: 'g-2', attendeeIds: [ADMIN], recordedBy: ADMIN },
};
const HELD: CycleEvent = { type: 'MeetingsHeld', data: { at: '2027-03-13T15:00:00.000Z' } };
const PUBLISHED: CycleEvent = {
  type: 'SummaryPublished',
  data: { text: 'Opsamling', publishedAt: '2027-03-14T08:00:00.000Z' },
};
const PREP_ROUND_DONE: CycleEvent[] = [
  {
    type: 'NotificationSent',
    data: {
      round: 'prep',
      kind: 'prep-package',
      idempotencyKey: 'prep/c-1/g-1/p-member',
      recipientIds: [MEMBER],
      messageId: '<m@x>',
      sentAt: '2027-03-06T07:00:01.000Z',
    },
  },
  { type: 'NoticeRoundCompleted', data: { round: 'prep', messageCount: 1, unreachableIds: [], at: NOW } },
];

const amend = (extra: Partial<CycleCommand> = {}): CycleCommand =>
  ({
    type: 'AmendMeetingRecord',
    ...RECORD,
    keyPoints: ['Fælles jobopslag', 'Mentorordning'],
    ...extra,
  }) as CycleCommand;
const correct: CycleCommand = {
  type: 'CorrectAgenda',
  ...CORRECTED,
  changes: 'Punkt 1 omfatter fastholdelse',
  reason: 'Fejl',
};
const cancel: CycleCommand = { type: 'CancelCycle', reason: 'Testrunde' };

const decide = (command: CycleCommand, events: readonly CycleEvent[], actorId = ADMIN) =>
  decideCycle(command, foldCycle(events), { actorId, now: NOW });
const launched = (state: CycleState) => state as LaunchedCycle;
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('amending a meeting record', () => {
  const history = [LAUNCHED, AGENDA_SET, PREP_SENT, RECORDED];

  it('records the whole record as it now reads, by whom and when, and the view says it was amended', () => {
    const events = decide(amend(), history, FACILITATOR);
    expect(events).toEqual([
      {
        type: 'MeetingRecordAmended',
        data: { ...RECORD, keyPoints: ['Fælles jobopslag', 'Mentorordning'], amendedBy: FACILITATOR, at: NOW },
      },
    ]);
    const state = launched(foldCycle([...history, ...events]));
    expect(state.groups[0]!.meeting).toEqual({
      heldAt: RECORD.heldAt,
      recordedBy: FACILITATOR,
      amendedBy: FACILITATOR,
      amendedAt: NOW,
    });
    expect(toCycleView(state, 4).groups[0]).toEqual({ id: 'g-1', meetingHeld: true, meetingAmendedAt: NOW });
    expect(toCycleView(state, 4).groups[1]).toEqual({ id: 'g-2', meetingHeld: false });
  });

  it('refuses a record that was never made, and attendees from outside the group', () => {
    expect(refusal(() => decide(amend({ groupId: 'g-2' } as Partial<CycleCommand>), history))).toBe(
      DomainErrorCode.MeetingNotRecorded,
    );
    expect(refusal(() => decide(amend({ attendeeIds: ['p-stranger'] } as Partial<CycleCommand>), history))).toBe(
      DomainErrorCode.AttendeeNotInGroup,
    );
  });

  it('needs a reason once the summary is published, and keeps it', () => {
    const published = [...history, OTHER_RECORDED, HELD, PUBLISHED];
    expect(refusal(() => decide(amend(), published))).toBe(DomainErrorCode.AmendmentNeedsReason);
    const [event] = decide(amend({ reason: 'Forkert deltagerliste' } as Partial<CycleCommand>), published);
    expect(event).toMatchObject({ type: 'MeetingRecordAmended', data: { reason: 'Forkert deltagerliste' } });
  });
});

describe('correcting the agenda after prep', () => {
  it('is refused before prep (the agenda is set again instead) and once the meetings are held', () => {
    expect(refusal(() => decide(correct, [LAUNCHED, AGENDA_SET]))).toBe(DomainErrorCode.PrepNotSent);
    const held = [LAUNCHED, AGENDA_SET, PREP_SENT, RECORDED, OTHER_RECORDED, HELD];
    expect(refusal(() => decide(correct, held))).toBe(DomainErrorCode.MeetingsAlreadyHeld);
  });

  it('replaces the agenda and owes the leaders an errata round, numbered per correction', () => {
    const history = [LAUNCHED, AGENDA_SET, PREP_SENT, ...PREP_ROUND_DONE];
    const events = decide(correct, history);
    expect(events).toEqual([
      {
        type: 'AgendaCorrected',
        data: { ...CORRECTED, changes: 'Punkt 1 omfatter fastholdelse', reason: 'Fejl', correctedBy: ADMIN, at: NOW },
      },
    ]);
    expect(wakesCycleProcess('AgendaCorrected')).toBe(true);
    const state = launched(foldCycle([...history, ...events]));
    expect(state.agenda).toEqual(CORRECTED);
    expect(dueWork(state, NOW)).toEqual({
      kind: 'notify',
      round: 'errata-1',
      recipientIds: [FACILITATOR, MEMBER, ADMIN],
    });
    const done: CycleEvent = {
      type: 'NoticeRoundCompleted',
      data: { round: 'errata-1', messageCount: 3, unreachableIds: [], at: NOW },
    };
    const after = launched(foldCycle([...history, ...events, done]));
    expect(isRoundDone(after.notices, 'errata-1')).toBe(true);
    expect(dueWork(after, NOW)).toBeUndefined();
    const again = decide(correct, [...history, ...events, done]);
    expect(dueWork(launched(foldCycle([...history, ...events, done, ...again])), NOW)).toMatchObject({
      round: 'errata-2',
    });
  });

  it('sends the prep round before any errata', () => {
    const history = [LAUNCHED, AGENDA_SET, PREP_SENT];
    const state = launched(foldCycle([...history, ...decide(correct, history)]));
    expect(dueWork(state, NOW)).toMatchObject({ round: 'prep' });
  });
});

describe('cancelling a cycle', () => {
  it('ends the cycle as cancelled, and every later command is refused', () => {
    const history = [LAUNCHED, AGENDA_SET];
    const events = decide(cancel, history);
    expect(events).toEqual([{ type: 'CycleCancelled', data: { reason: 'Testrunde', cancelledBy: ADMIN, at: NOW } }]);
    const after = [...history, ...events];
    expect(launched(foldCycle(after)).stage).toBe('cancelled');
    for (const command of [cancel, { type: 'SendPrep' } as CycleCommand, correct, amend()]) {
      expect(refusal(() => decide(command, after))).toBe(DomainErrorCode.CycleCancelled);
    }
  });

  it('owes nobody a notice when no message went out, and stops every timer', () => {
    const state = launched(foldCycle([LAUNCHED, AGENDA_SET, ...decide(cancel, [LAUNCHED, AGENDA_SET])]));
    expect(dueWork(state, '2030-01-01T00:00:00.000Z')).toBeUndefined();
    expect(nextWakeUp(state, NOW)).toBeUndefined();
  });

  it('tells everyone once a message of the cycle reached someone, and then nothing more', () => {
    const history = [LAUNCHED, AGENDA_SET, PREP_SENT, ...PREP_ROUND_DONE];
    const state = launched(foldCycle([...history, ...decide(cancel, history)]));
    expect(dueWork(state, NOW)).toEqual({
      kind: 'notify',
      round: 'cancellation',
      recipientIds: [FACILITATOR, MEMBER, ADMIN],
    });
    const recorded = decideCycle(
      {
        type: 'RecordNotifications',
        round: 'cancellation',
        messages: [],
        completes: { messageCount: 3, unreachableIds: [] },
      },
      state,
      { actorId: '@system', now: NOW },
    );
    expect(dueWork(foldCycle(recorded, state), NOW)).toBeUndefined();
  });

  it('is refused on a completed cycle', () => {
    const completed: CycleEvent = { type: 'CycleCompleted', data: { at: NOW } };
    expect(refusal(() => decide(cancel, [LAUNCHED, completed]))).toBe(DomainErrorCode.CycleCompleted);
  });
});
