import {
  type Agenda,
  type CommandContext,
  type CycleCommand,
  type CycleEvent,
  type CycleGroupSnapshot,
  type CycleState,
  type EncryptedValue,
  type LaunchedCycle,
  decideCycle,
  DomainErrorCode,
  dueWork,
  evolveCycle,
  foldCycle,
  initialCycleState,
  toCycleView,
} from '@ledelsesrum/domain';
import { deciderSpecification } from '../testing/decider-specification';

// ---------------------------------------------------------------------------------------------------------------------
// Fixtures: two groups; PERSON_SHARED is a member of both, each group has its own facilitator.
// ---------------------------------------------------------------------------------------------------------------------

const CYCLE_ID = 'cycle-2025-03';
const ADMIN = 'person-admin';
const FACILITATOR_1 = 'person-facilitator-1';
const FACILITATOR_2 = 'person-facilitator-2';
const MEMBER_1 = 'person-member-1';
const PERSON_SHARED = 'person-shared';
const MEMBER_3 = 'person-member-3';
const STRANGER = 'person-stranger';
const GROUP_1 = 'group-1';
const GROUP_2 = 'group-2';

const GROUPS: readonly CycleGroupSnapshot[] = [
  { id: GROUP_1, facilitatorId: FACILITATOR_1, memberIds: [MEMBER_1, PERSON_SHARED] },
  { id: GROUP_2, facilitatorId: FACILITATOR_2, memberIds: [PERSON_SHARED, MEMBER_3] },
];
/** Every participant once, in the order the launch introduces them. */
const PARTICIPANTS = [FACILITATOR_1, MEMBER_1, PERSON_SHARED, FACILITATOR_2, MEMBER_3];

const T = {
  launch: '2025-03-03T08:00:00.000Z',
  agenda: '2025-03-04T08:00:00.000Z',
  agenda2: '2025-03-05T08:00:00.000Z',
  prep: '2025-03-06T08:00:00.000Z',
  meeting1: '2025-03-13T09:00:00.000Z',
  meeting2: '2025-03-13T13:00:00.000Z',
  recorded: '2025-03-13T15:00:00.000Z',
  summary: '2025-03-14T08:00:00.000Z',
  passedOn: '2025-03-17T10:00:00.000Z',
  confirmed: '2025-03-17T12:00:00.000Z',
  now: '2025-03-20T08:00:00.000Z',
};

const AGENDA: Agenda = {
  items: [{ title: 'Tværgående rekruttering', description: 'Hvad virker på tværs af områderne?' }],
  prepTasks: [{ title: 'Tag ét eksempel med fra eget område' }],
  materials: [{ kind: 'article', title: 'Rekruttering i kommunerne', url: 'https://example.org/rekruttering' }],
};
const OTHER_AGENDA: Agenda = { items: [{ title: 'Arbejdsmiljø' }], prepTasks: [], materials: [] };

const ctx = (now: string = T.now, actorId: string = ADMIN): CommandContext => ({ actorId, now });

// Commands -------------------------------------------------------------------------------------------------------------

const launchCycle = (groups: readonly CycleGroupSnapshot[] = GROUPS): CycleCommand => ({
  type: 'LaunchCycle',
  cycleId: CYCLE_ID,
  theme: 'Rekruttering',
  meetingDate: '2025-03-13',
  groups,
});
const setAgenda = (agenda: Agenda = AGENDA): CycleCommand => ({ type: 'SetAgenda', ...agenda });
const sendPrep = (): CycleCommand => ({ type: 'SendPrep' });
const recordMeeting = (groupId: string, attendeeIds: readonly string[]): CycleCommand => ({
  type: 'RecordMeeting',
  groupId,
  heldAt: T.meeting1,
  attendeeIds,
  keyPoints: ['Fælles jobopslag'],
  inputToChefgruppen: ['Fælles budget til annoncer'],
});
const publishSummary = (): CycleCommand => ({ type: 'PublishSummary', text: 'Opsamling fra alle grupper' });
/** A value as the API seals it; the domain only carries it. */
const sealed = (text: string): EncryptedValue => ({ alg: 'A256GCM', iv: 'aXY=', ciphertext: text, tag: 'dGFn' });
const confirmCascade = (personId: string, note?: EncryptedValue): CycleCommand => ({
  type: 'ConfirmCascade',
  personId,
  passedOnAt: T.passedOn,
  channel: 'personalemøde',
  ...(note === undefined ? {} : { note }),
});

// Events ---------------------------------------------------------------------------------------------------------------

const cycleLaunched = (groups: readonly CycleGroupSnapshot[] = GROUPS): CycleEvent => ({
  type: 'CycleLaunched',
  data: {
    cycleId: CYCLE_ID,
    theme: 'Rekruttering',
    meetingDate: '2025-03-13',
    groups,
    // The defaults: 09:00 for three hours; prep at 08:00 Copenhagen time (CET) a week before; reminders, deadline.
    meeting: { startTime: '09:00', durationMinutes: 180 },
    schedule: { prepSendAt: '2025-03-06T07:00:00.000Z', reminders: ['P7D', 'P12D'], deadline: 'P14D' },
    launchedBy: ADMIN,
    launchedAt: T.launch,
  },
});
const agendaSet = (agenda: Agenda = AGENDA, setAt: string = T.agenda): CycleEvent => ({
  type: 'AgendaSet',
  data: { ...agenda, setAt },
});
const prepSent = (): CycleEvent => ({ type: 'PrepSent', data: { recipientIds: PARTICIPANTS, sentAt: T.prep } });
const meetingRecorded = (groupId: string, attendeeIds: readonly string[], recordedBy = ADMIN): CycleEvent => ({
  type: 'MeetingRecorded',
  data: {
    groupId,
    heldAt: T.meeting1,
    attendeeIds,
    keyPoints: ['Fælles jobopslag'],
    inputToChefgruppen: ['Fælles budget til annoncer'],
    recordedBy,
  },
});
const meetingsHeld = (at: string = T.recorded): CycleEvent => ({ type: 'MeetingsHeld', data: { at } });
const summaryPublished = (): CycleEvent => ({
  type: 'SummaryPublished',
  data: { text: 'Opsamling fra alle grupper', publishedAt: T.summary },
});
const cascadeConfirmed = (personId: string, confirmedAt: string = T.confirmed): CycleEvent => ({
  type: 'CascadeConfirmed',
  data: { personId, passedOnAt: T.passedOn, channel: 'personalemøde', confirmedAt },
});
const cycleCompleted = (at: string = T.confirmed): CycleEvent => ({ type: 'CycleCompleted', data: { at } });

// Histories: each stage is the previous one plus the events that reach it -----------------------------------------------

const launched = (groups: readonly CycleGroupSnapshot[] = GROUPS): CycleEvent[] => [cycleLaunched(groups)];
const withAgenda = (): CycleEvent[] => [...launched(), agendaSet()];
const withPrepSent = (): CycleEvent[] => [...withAgenda(), prepSent()];
const withGroup1Met = (): CycleEvent[] => [...withPrepSent(), meetingRecorded(GROUP_1, [FACILITATOR_1, MEMBER_1])];
const withMeetingsHeld = (): CycleEvent[] => [
  ...withGroup1Met(),
  meetingRecorded(GROUP_2, [FACILITATOR_2, MEMBER_3]),
  meetingsHeld(),
];
const withSummary = (): CycleEvent[] => [...withMeetingsHeld(), summaryPublished()];
const withConfirmations = (...personIds: string[]): CycleEvent[] => [
  ...withSummary(),
  ...personIds.map((personId) => cascadeConfirmed(personId)),
];
const completed = (): CycleEvent[] => [...withConfirmations(...PARTICIPANTS), cycleCompleted()];

const spec = deciderSpecification({
  decide: decideCycle,
  evolve: evolveCycle,
  initialState: initialCycleState,
  defaultContext: ctx(),
});

const launchedState = (events: readonly CycleEvent[]): LaunchedCycle => {
  const state = foldCycle(events);
  if (state.status !== 'launched') throw new Error('fixture: the history does not launch the cycle');
  return state;
};

// ---------------------------------------------------------------------------------------------------------------------

describe('decideCycle', () => {
  describe('any command but LaunchCycle before the launch', () => {
    it.each([setAgenda(), sendPrep(), recordMeeting(GROUP_1, []), publishSummary(), confirmCascade(MEMBER_1)])(
      'rejects $type with CYCLE_NOT_LAUNCHED',
      (command) => {
        spec.given([]).when(command).thenThrows(DomainErrorCode.CycleNotLaunched);
      },
    );
  });

  describe('LaunchCycle', () => {
    it('records CycleLaunched with the groups, the actor as launchedBy and now as launchedAt', () => {
      spec.given([]).when(launchCycle(), ctx(T.launch)).then([cycleLaunched()]);
    });

    it('rejects a second launch with CYCLE_ALREADY_LAUNCHED', () => {
      spec.given(launched()).when(launchCycle()).thenThrows(DomainErrorCode.CycleAlreadyLaunched);
    });

    it('rejects a cycle without groups with CYCLE_HAS_NO_GROUPS', () => {
      spec.given([]).when(launchCycle([])).thenThrows(DomainErrorCode.CycleHasNoGroups);
    });

    it.each([
      ['meetingDate', '0274-03-13'],
      ['meetingDate', '2025-02-30'],
      ['theme', ' '],
      ['meeting', null],
      ['schedule', null],
    ])('refuses %s %j with INVALID_VALUE', (field, value) => {
      spec
        .given([])
        .when({ ...launchCycle(), [field]: value } as CycleCommand)
        .thenThrows(DomainErrorCode.InvalidValue, { field, value });
    });

    it('rejects a group listed twice with DUPLICATE_GROUP', () => {
      spec
        .given([])
        .when(launchCycle([GROUPS[0]!, GROUPS[0]!]))
        .thenThrows(DomainErrorCode.DuplicateGroup, { groupIds: [GROUP_1, GROUP_1] });
    });
  });

  describe('SetAgenda', () => {
    it('records AgendaSet with the items, prep tasks, materials and now as setAt on a launched cycle', () => {
      spec.given(launched()).when(setAgenda(), ctx(T.agenda)).then([agendaSet()]);
    });

    it('records a new AgendaSet that replaces the agenda when it is set again', () => {
      spec
        .given(withAgenda())
        .when(setAgenda(OTHER_AGENDA), ctx(T.agenda2))
        .then([agendaSet(OTHER_AGENDA, T.agenda2)]);
      expect(launchedState([...withAgenda(), agendaSet(OTHER_AGENDA, T.agenda2)]).agenda).toStrictEqual(OTHER_AGENDA);
    });

    it.each([
      ['prep was sent', withPrepSent],
      ['meetings were held', withMeetingsHeld],
      ['the summary was published', withSummary],
    ])('rejects a change with AGENDA_LOCKED after %s', (_stage, history) => {
      spec.given(history()).when(setAgenda(OTHER_AGENDA)).thenThrows(DomainErrorCode.AgendaLocked);
    });
  });

  describe('SendPrep', () => {
    it('records PrepSent to every participant, facilitators included, each once even when in two groups', () => {
      spec
        .given(withAgenda())
        .when(sendPrep(), ctx(T.prep))
        .then([
          {
            type: 'PrepSent',
            data: {
              recipientIds: [FACILITATOR_1, MEMBER_1, PERSON_SHARED, FACILITATOR_2, MEMBER_3],
              sentAt: T.prep,
            },
          },
        ]);
    });

    it('rejects sending before the agenda is set with AGENDA_NOT_SET', () => {
      spec.given(launched()).when(sendPrep()).thenThrows(DomainErrorCode.AgendaNotSet);
    });

    it.each([
      ['prep was sent', withPrepSent],
      ['meetings were held', withMeetingsHeld],
      ['the summary was published', withSummary],
    ])('rejects sending again with PREP_ALREADY_SENT after %s', (_stage, history) => {
      spec.given(history()).when(sendPrep()).thenThrows(DomainErrorCode.PrepAlreadySent);
    });
  });

  describe('RecordMeeting', () => {
    it('records MeetingRecorded with the actor as recordedBy, and nothing more while another group has not met', () => {
      spec
        .given(withPrepSent())
        .when(recordMeeting(GROUP_1, [FACILITATOR_1, MEMBER_1]), ctx(T.recorded, FACILITATOR_1))
        .then([meetingRecorded(GROUP_1, [FACILITATOR_1, MEMBER_1], FACILITATOR_1)]);
    });

    it('accepts the facilitator and a member shared with another group as attendees', () => {
      spec
        .given(withPrepSent())
        .when(recordMeeting(GROUP_2, [FACILITATOR_2, PERSON_SHARED]), ctx(T.recorded))
        .then([meetingRecorded(GROUP_2, [FACILITATOR_2, PERSON_SHARED])]);
    });

    it("records MeetingsHeld at now as well when it is the last group's meeting", () => {
      spec
        .given(withGroup1Met())
        .when(recordMeeting(GROUP_2, [FACILITATOR_2, MEMBER_3]), ctx(T.recorded))
        .then([meetingRecorded(GROUP_2, [FACILITATOR_2, MEMBER_3]), meetingsHeld(T.recorded)]);
    });

    it('records MeetingsHeld with the only meeting of a one-group cycle', () => {
      const [onlyGroup] = GROUPS as [CycleGroupSnapshot];
      spec
        .given([cycleLaunched([onlyGroup]), agendaSet(), prepSent()])
        .when(recordMeeting(GROUP_1, [MEMBER_1]), ctx(T.recorded))
        .then([meetingRecorded(GROUP_1, [MEMBER_1]), meetingsHeld(T.recorded)]);
    });

    it('rejects a group that is not in the cycle with GROUP_NOT_IN_CYCLE and its id', () => {
      spec
        .given(withPrepSent())
        .when(recordMeeting('group-unknown', [FACILITATOR_1]))
        .thenThrows(DomainErrorCode.GroupNotInCycle, { groupId: 'group-unknown' });
    });

    it.each([
      ['launched', () => launched()],
      ['agenda_set', withAgenda],
    ])('rejects a meeting at stage %s with PREP_NOT_SENT', (_stage, history) => {
      spec
        .given(history())
        .when(recordMeeting(GROUP_1, [FACILITATOR_1]))
        .thenThrows(DomainErrorCode.PrepNotSent);
    });

    it.each([
      ['another group has yet to meet', withGroup1Met, GROUP_1],
      ['meetings were held', withMeetingsHeld, GROUP_2],
      ['the summary was published', withSummary, GROUP_1],
    ])('rejects a second meeting with MEETING_ALREADY_RECORDED and the group id when %s', (_when, history, groupId) => {
      spec
        .given(history())
        .when(recordMeeting(groupId, []))
        .thenThrows(DomainErrorCode.MeetingAlreadyRecorded, { groupId });
    });

    it('rejects attendees outside the group with ATTENDEE_NOT_IN_GROUP and exactly the strangers ids', () => {
      spec
        .given(withPrepSent())
        .when(recordMeeting(GROUP_1, [FACILITATOR_1, MEMBER_3, MEMBER_1, STRANGER]))
        .thenThrows(DomainErrorCode.AttendeeNotInGroup, { personIds: [MEMBER_3, STRANGER] });
    });
  });

  describe('PublishSummary', () => {
    it('records SummaryPublished with the text and now as publishedAt once every group has met', () => {
      spec.given(withMeetingsHeld()).when(publishSummary(), ctx(T.summary)).then([summaryPublished()]);
    });

    it('rejects publishing with MEETINGS_NOT_HELD and the groups still without a meeting', () => {
      spec
        .given(withGroup1Met())
        .when(publishSummary())
        .thenThrows(DomainErrorCode.MeetingsNotHeld, { groupsWithoutMeeting: [GROUP_2] });
    });

    it('rejects publishing before prep with MEETINGS_NOT_HELD and every group', () => {
      spec
        .given(withAgenda())
        .when(publishSummary())
        .thenThrows(DomainErrorCode.MeetingsNotHeld, { groupsWithoutMeeting: [GROUP_1, GROUP_2] });
    });

    it('rejects publishing again with SUMMARY_ALREADY_PUBLISHED', () => {
      spec.given(withSummary()).when(publishSummary()).thenThrows(DomainErrorCode.SummaryAlreadyPublished);
    });

    it('rejects publishing again with SUMMARY_ALREADY_PUBLISHED after some cascades were confirmed', () => {
      spec
        .given(withConfirmations(MEMBER_1))
        .when(publishSummary())
        .thenThrows(DomainErrorCode.SummaryAlreadyPublished);
    });
  });

  describe('ConfirmCascade', () => {
    it('records CascadeConfirmed with the sealed note and now as confirmedAt', () => {
      spec
        .given(withSummary())
        .when(confirmCascade(MEMBER_1, sealed('bm90ZQ==')), ctx(T.confirmed, MEMBER_1))
        .then([
          {
            type: 'CascadeConfirmed',
            data: {
              personId: MEMBER_1,
              passedOnAt: T.passedOn,
              channel: 'personalemøde',
              note: sealed('bm90ZQ=='),
              confirmedAt: T.confirmed,
            },
          },
        ]);
    });

    it('leaves `note` out of the event when the command has none', () => {
      const [event] = decideCycle(confirmCascade(MEMBER_1), foldCycle(withSummary()), ctx(T.confirmed));
      expect(event).toStrictEqual(cascadeConfirmed(MEMBER_1));
      expect(event?.data).not.toHaveProperty('note');
    });

    it('rejects a person who is not a participant with PERSON_NOT_IN_CYCLE and the id', () => {
      spec
        .given(withSummary())
        .when(confirmCascade(STRANGER))
        .thenThrows(DomainErrorCode.PersonNotInCycle, { personId: STRANGER });
    });

    it.each([
      ['agenda_set', withAgenda],
      ['prep_sent', withPrepSent],
      ['meetings_held', withMeetingsHeld],
    ])('rejects a confirmation at stage %s with SUMMARY_NOT_PUBLISHED', (_stage, history) => {
      spec.given(history()).when(confirmCascade(MEMBER_1)).thenThrows(DomainErrorCode.SummaryNotPublished);
    });

    it('rejects a second confirmation with CASCADE_ALREADY_CONFIRMED, the id and the first confirmedAt', () => {
      spec
        .given(withConfirmations(MEMBER_1))
        .when(confirmCascade(MEMBER_1))
        .thenThrows(DomainErrorCode.CascadeAlreadyConfirmed, { personId: MEMBER_1, confirmedAt: T.confirmed });
    });

    it('does not complete the cycle while a facilitator has not confirmed, even if every member has', () => {
      spec
        .given(withConfirmations(MEMBER_1, PERSON_SHARED, MEMBER_3))
        .when(confirmCascade(FACILITATOR_1), ctx(T.confirmed))
        .then([cascadeConfirmed(FACILITATOR_1)]);
    });

    it('records CycleCompleted at now as well with the last participant’s confirmation', () => {
      spec
        .given(withConfirmations(FACILITATOR_1, MEMBER_1, PERSON_SHARED, MEMBER_3))
        .when(confirmCascade(FACILITATOR_2), ctx(T.confirmed))
        .then([cascadeConfirmed(FACILITATOR_2), cycleCompleted(T.confirmed)]);
    });

    it('counts a person in two groups once: their single confirmation can be the last one', () => {
      spec
        .given(withConfirmations(FACILITATOR_1, MEMBER_1, FACILITATOR_2, MEMBER_3))
        .when(confirmCascade(PERSON_SHARED), ctx(T.confirmed))
        .then([cascadeConfirmed(PERSON_SHARED), cycleCompleted(T.confirmed)]);
    });

    it('rejects a person in two groups confirming a second time with CASCADE_ALREADY_CONFIRMED', () => {
      spec
        .given(withConfirmations(PERSON_SHARED))
        .when(confirmCascade(PERSON_SHARED))
        .thenThrows(DomainErrorCode.CascadeAlreadyConfirmed, { personId: PERSON_SHARED, confirmedAt: T.confirmed });
    });
    // A plain `participants[personId]` lookup would find Object.prototype's members and let "constructor" confirm.
    it('rejects an Object.prototype key such as "constructor" as a person id with PERSON_NOT_IN_CYCLE', () => {
      spec
        .given(withConfirmations(FACILITATOR_1, MEMBER_1, PERSON_SHARED, FACILITATOR_2))
        .when(confirmCascade('constructor'))
        .thenThrows(DomainErrorCode.PersonNotInCycle, { personId: 'constructor' });
    });
  });

  describe('ReleaseFromCascade', () => {
    const released = (personId: string, at: string = T.now): CycleEvent => ({
      type: 'CascadeReleased',
      data: { personId, reason: sealed('cmVhc29u'), releasedBy: ADMIN, at },
    });
    const release = (personId: string) => ({
      type: 'ReleaseFromCascade' as const,
      personId,
      reason: sealed('cmVhc29u'),
    });

    it('records CascadeReleased with the sealed reason, before the summary too', () => {
      spec
        .given(withPrepSent())
        .when(release(MEMBER_3))
        .then([released(MEMBER_3)]);
    });

    it('completes the cycle when the released person was the last one pending', () => {
      const others = PARTICIPANTS.filter((id) => id !== MEMBER_3);
      spec
        .given(withConfirmations(...others))
        .when(release(MEMBER_3))
        .then([released(MEMBER_3), cycleCompleted(T.now)]);
    });

    it('lets the last confirmation complete a cycle in which someone was released', () => {
      const [last, ...others] = PARTICIPANTS;
      spec
        .given([...withConfirmations(...others.slice(1)), released(others[0]!)])
        .when(confirmCascade(last!), ctx(T.confirmed))
        .then([cascadeConfirmed(last!), cycleCompleted()]);
    });

    it('completes the cycle at the summary when everyone was released before it', () => {
      spec
        .given([...withMeetingsHeld(), ...PARTICIPANTS.map((id) => released(id))])
        .when(publishSummary(), ctx(T.summary))
        .then([summaryPublished(), cycleCompleted(T.summary)]);
    });

    it('rejects a stranger, a confirmed participant and a second release', () => {
      spec.given(withSummary()).when(release('stranger')).thenThrows(DomainErrorCode.PersonNotInCycle);
      spec
        .given(withConfirmations(MEMBER_1))
        .when(release(MEMBER_1))
        .thenThrows(DomainErrorCode.CascadeAlreadyConfirmed);
      spec
        .given([...withSummary(), released(MEMBER_1)])
        .when(release(MEMBER_1))
        .thenThrows(DomainErrorCode.CascadeReleased, { personId: MEMBER_1, releasedAt: T.now });
    });

    it('rejects a confirmation from a released participant with CASCADE_RELEASED', () => {
      spec
        .given([...withSummary(), released(MEMBER_1)])
        .when(confirmCascade(MEMBER_1))
        .thenThrows(DomainErrorCode.CascadeReleased);
    });

    it('shows released participants apart from the pending ones', () => {
      const view = toCycleView(launchedState([...withSummary(), released(MEMBER_1)]), 8);
      expect(view.cascades).toStrictEqual({
        total: 5,
        confirmed: 0,
        released: [MEMBER_1],
        pending: PARTICIPANTS.filter((id) => id !== MEMBER_1),
      });
    });

    describe('UndoRelease', () => {
      const undo = (personId: string): CycleCommand => ({ type: 'UndoRelease', personId, reason: sealed('dW5kbw==') });
      const undone = (personId: string): CycleEvent => ({
        type: 'CascadeReleaseUndone',
        data: { personId, reason: sealed('dW5kbw=='), undoneBy: ADMIN, at: T.now },
      });

      it('records CascadeReleaseUndone with the sealed reason, who and when; the person is pending again', () => {
        spec
          .given([...withSummary(), released(MEMBER_1)])
          .when(undo(MEMBER_1))
          .then([undone(MEMBER_1)]);
        const state = launchedState([...withSummary(), released(MEMBER_1), undone(MEMBER_1)]);
        expect(toCycleView(state, 9).cascades).toMatchObject({ released: [], pending: PARTICIPANTS });
        expect(state.releasedCount).toBe(0);
      });

      it('puts the person back among those the next reminder goes to', () => {
        const roundDone = (round: 'prep' | 'summary'): CycleEvent => ({
          type: 'NoticeRoundCompleted',
          data: { round, messageCount: 5, unreachableIds: [], at: T.summary },
        });
        const history = [
          ...withSummary(),
          roundDone('prep'),
          roundDone('summary'),
          released(MEMBER_1),
          undone(MEMBER_1),
        ];
        const due = dueWork(launchedState(history), '2025-03-21T09:00:00.000Z');
        expect(due).toStrictEqual({ kind: 'notify', round: 'reminder-1', recipientIds: PARTICIPANTS });
      });

      it('lets the person be released again, or confirm, after the undo', () => {
        const history = [...withSummary(), released(MEMBER_1), undone(MEMBER_1)];
        spec
          .given(history)
          .when(release(MEMBER_1))
          .then([released(MEMBER_1)]);
        spec
          .given(history)
          .when(confirmCascade(MEMBER_1), ctx(T.confirmed))
          .then([cascadeConfirmed(MEMBER_1)]);
      });

      it('refuses a person who is not released with CASCADE_NOT_RELEASED, and a stranger', () => {
        spec
          .given(withConfirmations(MEMBER_1))
          .when(undo(MEMBER_1))
          .thenThrows(DomainErrorCode.CascadeNotReleased, { personId: MEMBER_1 });
        spec.given(withSummary()).when(undo(STRANGER)).thenThrows(DomainErrorCode.PersonNotInCycle);
      });

      it('refuses once the cycle is completed, by the release or by closing it', () => {
        const others = PARTICIPANTS.filter((id) => id !== MEMBER_3);
        spec
          .given([...withConfirmations(...others), released(MEMBER_3), cycleCompleted(T.now)])
          .when(undo(MEMBER_3))
          .thenThrows(DomainErrorCode.CycleCompleted);
      });
    });
  });

  describe('correcting and withdrawing one’s own confirmation', () => {
    const correct = (personId: string, note?: EncryptedValue): CycleCommand => ({
      type: 'CorrectCascadeConfirmation',
      personId,
      passedOnAt: T.summary,
      channel: 'e-mail',
      ...(note === undefined ? {} : { note }),
    });
    const withdraw = (personId: string): CycleCommand => ({
      type: 'WithdrawCascadeConfirmation',
      personId,
      reason: sealed('Zm9ya2VydA=='),
    });
    const withdrawn = (personId: string): CycleEvent => ({
      type: 'CascadeConfirmationWithdrawn',
      data: { personId, reason: sealed('Zm9ya2VydA=='), withdrawnAt: T.now },
    });

    it('records CascadeConfirmationCorrected with the new when, how and sealed note; confirmedAt stays', () => {
      spec
        .given(withConfirmations(MEMBER_1))
        .when(correct(MEMBER_1, sealed('bm90ZQ==')))
        .then([
          {
            type: 'CascadeConfirmationCorrected',
            data: {
              personId: MEMBER_1,
              passedOnAt: T.summary,
              channel: 'e-mail',
              note: sealed('bm90ZQ=='),
              correctedAt: T.now,
            },
          },
        ]);
      const [event] = decideCycle(correct(MEMBER_1), foldCycle(withConfirmations(MEMBER_1)), ctx());
      const state = launchedState([...withConfirmations(MEMBER_1), event!]);
      expect(state.participants.get(MEMBER_1)?.cascade).toStrictEqual({
        passedOnAt: T.summary,
        confirmedAt: T.confirmed,
      });
      expect(state.confirmedCount).toBe(1);
    });

    it('records CascadeConfirmationWithdrawn with the sealed reason; the leader is pending and counted so', () => {
      spec
        .given(withConfirmations(MEMBER_1, MEMBER_3))
        .when(withdraw(MEMBER_1))
        .then([withdrawn(MEMBER_1)]);
      const state = launchedState([...withConfirmations(MEMBER_1, MEMBER_3), withdrawn(MEMBER_1)]);
      expect(state.confirmedCount).toBe(1);
      expect(toCycleView(state, 10).cascades.pending).toContain(MEMBER_1);
    });

    it('lets the leader confirm again after withdrawing, and that confirmation can complete the cycle', () => {
      const others = PARTICIPANTS.filter((id) => id !== MEMBER_1);
      spec
        .given([...withConfirmations(...PARTICIPANTS.slice(0, 1), MEMBER_1), withdrawn(MEMBER_1)])
        .when(confirmCascade(MEMBER_1), ctx(T.confirmed))
        .then([cascadeConfirmed(MEMBER_1)]);
      spec
        .given([
          ...withConfirmations(...others, MEMBER_1).slice(0, -1),
          withdrawn(MEMBER_3),
          cascadeConfirmed(MEMBER_1),
        ])
        .when(confirmCascade(MEMBER_3), ctx(T.confirmed))
        .then([cascadeConfirmed(MEMBER_3), cycleCompleted()]);
    });

    it.each([
      ['correct', correct],
      ['withdraw', withdraw],
    ])('refuses to %s a confirmation not given with CASCADE_NOT_CONFIRMED, and a stranger', (_what, command) => {
      spec
        .given(withSummary())
        .when(command(MEMBER_1))
        .thenThrows(DomainErrorCode.CascadeNotConfirmed, { personId: MEMBER_1 });
      spec.given(withConfirmations(MEMBER_1)).when(command(STRANGER)).thenThrows(DomainErrorCode.PersonNotInCycle);
    });

    // The last confirmation completes the cycle; a completed (or closed) cycle is not reopened by a correction.
    it.each([
      ['correct', correct],
      ['withdraw', withdraw],
    ])('refuses to %s once the cycle is completed or closed, with CYCLE_COMPLETED', (_what, command) => {
      spec.given(completed()).when(command(MEMBER_1)).thenThrows(DomainErrorCode.CycleCompleted);
      const closed: CycleEvent = {
        type: 'CycleClosed',
        data: { reason: 'slut', exceptionIds: [MEMBER_3], closedBy: ADMIN, at: T.now },
      };
      spec
        .given([...withConfirmations(MEMBER_1), closed, cycleCompleted(T.now)])
        .when(command(MEMBER_1))
        .thenThrows(DomainErrorCode.CycleCompleted);
    });
  });

  describe('LaunchCycle with a meeting plan and a schedule', () => {
    it('records the given parts over the defaults, prepSendAt in UTC', () => {
      const command: CycleCommand = {
        ...(launchCycle() as Extract<CycleCommand, { type: 'LaunchCycle' }>),
        meeting: { startTime: '13:00', place: 'Rådhuset' },
        schedule: { prepSendAt: '2025-03-10T09:00:00+01:00', reminders: ['P3D'] },
      };
      const [event] = decideCycle(command, initialCycleState, ctx(T.launch));
      expect(event?.data).toMatchObject({
        meeting: { startTime: '13:00', durationMinutes: 180, place: 'Rådhuset' },
        schedule: { prepSendAt: '2025-03-10T08:00:00.000Z', reminders: ['P3D'], deadline: 'P14D' },
      });
    });

    it.each([
      [{ schedule: { deadline: 'two weeks' } }],
      [{ schedule: { deadline: 'P400D' } }],
      [{ schedule: { reminders: ['P12D', 'P7D'] } }],
      [{ schedule: { reminders: ['P14D'] } }],
      [{ schedule: { prepSendAt: 'tomorrow' } }],
      [{ meeting: { startTime: '25:00' } }],
      [{ meeting: { durationMinutes: 5 } }],
    ])('rejects %j with SCHEDULE_INVALID', (extra) => {
      spec
        .given([])
        .when({ ...(launchCycle() as Extract<CycleCommand, { type: 'LaunchCycle' }>), ...extra }, ctx(T.launch))
        .thenThrows(DomainErrorCode.ScheduleInvalid);
    });
  });

  describe('ChangeSchedule', () => {
    const schedule = { prepSendAt: '2025-03-06T07:00:00.000Z', reminders: ['P7D', 'P12D'], deadline: 'P14D' };

    it('records the whole new schedule, keeping the parts not named', () => {
      spec
        .given(withSummary())
        .when({ type: 'ChangeSchedule', deadline: 'P21D', reminders: ['P7D', 'P14D'] })
        .then([
          {
            type: 'ScheduleChanged',
            data: {
              schedule: { ...schedule, deadline: 'P21D', reminders: ['P7D', 'P14D'] },
              changedBy: ADMIN,
              at: T.now,
            },
          },
        ]);
    });

    it('moves prep before it is sent, and refuses to once it is sent with PREP_ALREADY_SENT', () => {
      spec
        .given(withAgenda())
        .when({ type: 'ChangeSchedule', prepSendAt: '2025-03-05T12:00:00Z' })
        .then([
          {
            type: 'ScheduleChanged',
            data: { schedule: { ...schedule, prepSendAt: '2025-03-05T12:00:00.000Z' }, changedBy: ADMIN, at: T.now },
          },
        ]);
      spec
        .given(withPrepSent())
        .when({ type: 'ChangeSchedule', prepSendAt: '2025-03-05T12:00:00Z' })
        .thenThrows(DomainErrorCode.PrepAlreadySent);
    });

    it('rejects a new deadline or reminders once the escalation went out with SCHEDULE_INVALID', () => {
      const escalated: CycleEvent = {
        type: 'NoticeRoundCompleted',
        data: { round: 'escalation', messageCount: 2, unreachableIds: [], at: T.now },
      };
      spec
        .given([...withSummary(), escalated])
        .when({ type: 'ChangeSchedule', deadline: 'P21D' })
        .thenThrows(DomainErrorCode.ScheduleInvalid);
    });

    it('rejects an empty change and a reminder after the new deadline with SCHEDULE_INVALID', () => {
      spec.given(withSummary()).when({ type: 'ChangeSchedule' }).thenThrows(DomainErrorCode.ScheduleInvalid);
      spec
        .given(withSummary())
        .when({ type: 'ChangeSchedule', deadline: 'P10D' })
        .thenThrows(DomainErrorCode.ScheduleInvalid);
    });
  });

  describe('CloseCycle', () => {
    it('records CycleClosed with the pending leaders as exceptions, then CycleCompleted', () => {
      spec
        .given(withConfirmations(FACILITATOR_1, MEMBER_1))
        .when({ type: 'CloseCycle', reason: 'Fristen er overskredet' })
        .then([
          {
            type: 'CycleClosed',
            data: {
              reason: 'Fristen er overskredet',
              exceptionIds: [PERSON_SHARED, FACILITATOR_2, MEMBER_3],
              closedBy: ADMIN,
              at: T.now,
            },
          },
          { type: 'CycleCompleted', data: { at: T.now } },
        ]);
    });

    it('rejects closing before the summary with SUMMARY_NOT_PUBLISHED, and a late confirmation with CYCLE_COMPLETED', () => {
      spec
        .given(withMeetingsHeld())
        .when({ type: 'CloseCycle', reason: 'x' })
        .thenThrows(DomainErrorCode.SummaryNotPublished);
      const closed = [
        ...withSummary(),
        ...decideCycle({ type: 'CloseCycle', reason: 'x' }, launchedState(withSummary()), ctx()),
      ];
      spec.given(closed).when(confirmCascade(MEMBER_1)).thenThrows(DomainErrorCode.CycleCompleted);
      expect(launchedState(closed).closed).toStrictEqual({ reason: 'x', exceptionIds: PARTICIPANTS, at: T.now });
    });
  });

  describe('TakeUpInput', () => {
    const takeUp: CycleCommand = {
      type: 'TakeUpInput',
      fromCycleId: 'cycle-2024-11',
      groupId: GROUP_1,
      item: 0,
      text: 'Fælles budget',
    };

    it('records InputTakenUp linking the earlier cycle, once per item', () => {
      const taken: CycleEvent = {
        type: 'InputTakenUp',
        data: { fromCycleId: 'cycle-2024-11', groupId: GROUP_1, item: 0, text: 'Fælles budget', by: ADMIN, at: T.now },
      };
      spec.given(launched()).when(takeUp).then([taken]);
      spec
        .given([...launched(), taken])
        .when(takeUp)
        .thenThrows(DomainErrorCode.InputAlreadyTakenUp, { fromCycleId: 'cycle-2024-11', groupId: GROUP_1, item: 0 });
      spec
        .given([...launched(), taken])
        .when({ ...takeUp, item: 1 } as CycleCommand)
        .then([{ ...taken, data: { ...taken.data, item: 1 } } as CycleEvent]);
    });

    it('rejects input from the cycle itself with INPUT_FROM_SAME_CYCLE', () => {
      spec
        .given(launched())
        .when({ ...takeUp, fromCycleId: CYCLE_ID } as CycleCommand)
        .thenThrows(DomainErrorCode.InputFromSameCycle);
    });
  });

  describe('RecordNotifications', () => {
    const message = {
      kind: 'prep-package' as const,
      idempotencyKey: `prep:${CYCLE_ID}:${MEMBER_1}`,
      recipientIds: [MEMBER_1],
      messageId: '<abc@ledelsesrum.local>',
      sentAt: T.prep,
    };

    it('records one NotificationSent per message, and NoticeRoundCompleted on the last part', () => {
      spec
        .given(withPrepSent())
        .when({ type: 'RecordNotifications', round: 'prep', messages: [message] })
        .then([{ type: 'NotificationSent', data: { ...message, round: 'prep' } }]);
      spec
        .given(withPrepSent())
        .when({
          type: 'RecordNotifications',
          round: 'prep',
          messages: [message],
          completes: { messageCount: 4, unreachableIds: [MEMBER_3] },
        })
        .then([
          { type: 'NotificationSent', data: { ...message, round: 'prep' } },
          {
            type: 'NoticeRoundCompleted',
            data: { round: 'prep', messageCount: 4, unreachableIds: [MEMBER_3], at: T.now },
          },
        ]);
    });

    it('rejects a round already completed with NOTICE_ROUND_ALREADY_COMPLETED, also the summary round after completion', () => {
      const prepDone: CycleEvent = {
        type: 'NoticeRoundCompleted',
        data: { round: 'prep', messageCount: 5, unreachableIds: [], at: T.prep },
      };
      spec
        .given([...withPrepSent(), prepDone])
        .when({ type: 'RecordNotifications', round: 'prep', messages: [] })
        .thenThrows(DomainErrorCode.NoticeRoundAlreadyCompleted, { round: 'prep' });
      spec.given(completed()).when({ type: 'RecordNotifications', round: 'summary', messages: [] }).then([]);
    });
  });

  describe('only plausible input', () => {
    const launchOn = (meetingDate: string, backRegistration?: boolean): CycleCommand => ({
      ...(launchCycle() as Extract<CycleCommand, { type: 'LaunchCycle' }>),
      meetingDate,
      ...(backRegistration === undefined ? {} : { backRegistration }),
    });
    const meetingAt = (heldAt: string, attendeeIds: readonly string[] = [FACILITATOR_1]): CycleCommand => ({
      ...(recordMeeting(GROUP_1, attendeeIds) as Extract<CycleCommand, { type: 'RecordMeeting' }>),
      heldAt,
    });
    const cascadeAt = (passedOnAt: string): CycleCommand => ({
      ...(confirmCascade(MEMBER_1) as Extract<CycleCommand, { type: 'ConfirmCascade' }>),
      passedOnAt,
    });

    it('rejects a launch for a day already past (Copenhagen) with MEETING_DATE_IN_PAST, and takes today', () => {
      // 23:30 UTC on 12 March is already 13 March in Copenhagen.
      const lateEvening = ctx('2025-03-12T23:30:00.000Z');
      spec
        .given([])
        .when(launchOn('2025-03-12'), lateEvening)
        .thenThrows(DomainErrorCode.MeetingDateInPast, { meetingDate: '2025-03-12' });
      expect(decideCycle(launchOn('2025-03-13'), initialCycleState, lateEvening)).toHaveLength(1);
    });

    it('records a back-registration of a past round as such, and leaves the flag out of an ordinary launch', () => {
      const [event] = decideCycle(launchOn('2025-03-13', true), initialCycleState, ctx(T.now));
      expect(event).toMatchObject({
        type: 'CycleLaunched',
        data: { meetingDate: '2025-03-13', backRegistration: true },
      });
      const [ordinary] = decideCycle(launchOn('2025-03-20', false), initialCycleState, ctx(T.now));
      expect(ordinary?.data).not.toHaveProperty('backRegistration');
    });

    it('rejects a meeting date more than two years ahead with MEETING_DATE_TOO_FAR, and takes one exactly two years ahead', () => {
      spec
        .given([])
        .when(launchOn('2027-03-21'), ctx(T.now))
        .thenThrows(DomainErrorCode.MeetingDateTooFar, { meetingDate: '2027-03-21', latest: '2027-03-20' });
      expect(decideCycle(launchOn('2027-03-20'), initialCycleState, ctx(T.now))).toHaveLength(1);
    });

    it('rejects an agenda without items with AGENDA_WITHOUT_ITEMS, even with prep tasks and materials', () => {
      spec
        .given(launched())
        .when(setAgenda({ ...AGENDA, items: [] }))
        .thenThrows(DomainErrorCode.AgendaWithoutItems);
    });

    it('rejects a meeting record without attendees with MEETING_WITHOUT_ATTENDEES', () => {
      spec
        .given(withPrepSent())
        .when(meetingAt(T.meeting1, []))
        .thenThrows(DomainErrorCode.MeetingWithoutAttendees, { groupId: GROUP_1 });
    });

    it('rejects a meeting held more than five minutes from now with MEETING_IN_FUTURE, and a later day', () => {
      const now = ctx('2025-03-13T09:00:00.000Z');
      spec
        .given(withPrepSent())
        .when(meetingAt('2025-03-13T09:05:01.000Z'), now)
        .thenThrows(DomainErrorCode.MeetingInFuture, { heldAt: '2025-03-13T09:05:01.000Z' });
      spec.given(withPrepSent()).when(meetingAt('2025-03-14'), now).thenThrows(DomainErrorCode.MeetingInFuture);
      // A clock a few minutes ahead, or the day itself, is now.
      expect(decideCycle(meetingAt('2025-03-13T09:05:00.000Z'), foldCycle(withPrepSent()), now)).toHaveLength(1);
      expect(decideCycle(meetingAt('2025-03-13'), foldCycle(withPrepSent()), now)).toHaveLength(1);
    });

    it('rejects a meeting held before prep was sent with MEETING_BEFORE_PREP and the time prep went out', () => {
      spec
        .given(withPrepSent())
        .when(meetingAt('2025-03-06T07:59:59.000Z'))
        .thenThrows(DomainErrorCode.MeetingBeforePrep, { heldAt: '2025-03-06T07:59:59.000Z', prepSentAt: T.prep });
      spec.given(withPrepSent()).when(meetingAt('2025-03-05')).thenThrows(DomainErrorCode.MeetingBeforePrep);
    });

    it("checks a back-registered round's meeting against its scheduled prep, as prep went out outside the system", () => {
      const backRegistered = { ...cycleLaunched(), data: { ...cycleLaunched().data, backRegistration: true } };
      const prepRecordedLater: CycleEvent = { type: 'PrepSent', data: { recipientIds: PARTICIPANTS, sentAt: T.now } };
      const history = [backRegistered as CycleEvent, agendaSet(), prepRecordedLater];
      expect(decideCycle(meetingAt(T.meeting1), foldCycle(history), ctx())).toHaveLength(1);
      spec.given(history).when(meetingAt('2025-03-05T10:00:00.000Z')).thenThrows(DomainErrorCode.MeetingBeforePrep, {
        heldAt: '2025-03-05T10:00:00.000Z',
        prepSentAt: '2025-03-06T07:00:00.000Z',
      });
    });

    it('rejects a cascade passed on before the summary was published with CASCADE_BEFORE_SUMMARY', () => {
      spec
        .given(withSummary())
        .when(cascadeAt('2025-03-14T07:59:00.000Z'))
        .thenThrows(DomainErrorCode.CascadeBeforeSummary, {
          passedOnAt: '2025-03-14T07:59:00.000Z',
          publishedAt: T.summary,
        });
      spec.given(withSummary()).when(cascadeAt('2025-03-13')).thenThrows(DomainErrorCode.CascadeBeforeSummary);
      // The day the summary came out counts as after it.
      expect(decideCycle(cascadeAt('2025-03-14'), foldCycle(withSummary()), ctx())).not.toHaveLength(0);
    });

    it('rejects a cascade passed on in the future with CASCADE_IN_FUTURE', () => {
      spec
        .given(withSummary())
        .when(cascadeAt('2025-03-21'))
        .thenThrows(DomainErrorCode.CascadeInFuture, { passedOnAt: '2025-03-21' });
      spec.given(withSummary()).when(cascadeAt('2025-03-20T09:00:00.000Z')).thenThrows(DomainErrorCode.CascadeInFuture);
      expect(decideCycle(cascadeAt('2025-03-20'), foldCycle(withSummary()), ctx())).not.toHaveLength(0);
    });
  });

  describe('after completion', () => {
    it.each([setAgenda(OTHER_AGENDA), sendPrep(), recordMeeting(GROUP_1, []), publishSummary()])(
      'rejects $type with CYCLE_COMPLETED',
      (command) => {
        spec.given(completed()).when(command).thenThrows(DomainErrorCode.CycleCompleted);
      },
    );

    it('rejects LaunchCycle with CYCLE_ALREADY_LAUNCHED', () => {
      spec.given(completed()).when(launchCycle()).thenThrows(DomainErrorCode.CycleAlreadyLaunched);
    });

    it('rejects ConfirmCascade by a participant with CASCADE_ALREADY_CONFIRMED (everyone has confirmed)', () => {
      spec
        .given(completed())
        .when(confirmCascade(FACILITATOR_2))
        .thenThrows(DomainErrorCode.CascadeAlreadyConfirmed, { personId: FACILITATOR_2, confirmedAt: T.confirmed });
    });

    it('rejects ConfirmCascade by a non-participant with PERSON_NOT_IN_CYCLE', () => {
      spec
        .given(completed())
        .when(confirmCascade(STRANGER))
        .thenThrows(DomainErrorCode.PersonNotInCycle, { personId: STRANGER });
    });
  });
});

describe('evolveCycle and foldCycle', () => {
  it('moves through launched → agenda_set → prep_sent → meetings_held → summary_published → completed', () => {
    const stages: string[] = [];
    completed().reduce((state: CycleState, event) => {
      const next = evolveCycle(state, event);
      if (next.status === 'launched' && stages[stages.length - 1] !== next.stage) stages.push(next.stage);
      return next;
    }, initialCycleState);
    expect(stages).toStrictEqual([
      'launched',
      'agenda_set',
      'prep_sent',
      'meetings_held',
      'summary_published',
      'completed',
    ]);
  });

  it('keeps the launch, the agenda, prep, meetings, summary and completion times in the folded state', () => {
    const state = launchedState(completed());
    expect(state).toMatchObject({
      id: CYCLE_ID,
      stage: 'completed',
      launchedAt: T.launch,
      launchedBy: ADMIN,
      agenda: AGENDA,
      prepSentAt: T.prep,
      summary: { text: 'Opsamling fra alle grupper', publishedAt: T.summary },
      completedAt: T.confirmed,
      confirmedCount: PARTICIPANTS.length,
    });
    expect(state.groups.map((group) => group.meeting)).toStrictEqual([
      { heldAt: T.meeting1, recordedBy: ADMIN },
      { heldAt: T.meeting1, recordedBy: ADMIN },
    ]);
  });

  it('lists each participant once with every group they are in', () => {
    expect(launchedState(launched()).participants.toJSON()).toStrictEqual({
      [FACILITATOR_1]: { personId: FACILITATOR_1, groupIds: [GROUP_1] },
      [MEMBER_1]: { personId: MEMBER_1, groupIds: [GROUP_1] },
      [PERSON_SHARED]: { personId: PERSON_SHARED, groupIds: [GROUP_1, GROUP_2] },
      [FACILITATOR_2]: { personId: FACILITATOR_2, groupIds: [GROUP_2] },
      [MEMBER_3]: { personId: MEMBER_3, groupIds: [GROUP_2] },
    });
  });

  it('ignores events before the launch', () => {
    expect(foldCycle([agendaSet(), prepSent()])).toStrictEqual(initialCycleState);
  });

  it('counts a replayed CascadeConfirmed for the same person once', () => {
    const state = launchedState([...withConfirmations(MEMBER_1), cascadeConfirmed(MEMBER_1, T.now)]);
    expect(state.confirmedCount).toBe(1);
    expect(state.participants.get(MEMBER_1)?.cascade).toStrictEqual({
      passedOnAt: T.passedOn,
      confirmedAt: T.confirmed,
    });
  });
});

describe('toCycleView', () => {
  it('shows the stage, the revision, which groups have met and the cascade counts with the pending ids', () => {
    const history = withConfirmations(MEMBER_1, PERSON_SHARED);
    expect(toCycleView(launchedState(history), history.length - 1)).toStrictEqual({
      id: CYCLE_ID,
      theme: 'Rekruttering',
      meetingDate: '2025-03-13',
      stage: 'summary_published',
      revision: history.length - 1,
      groups: [
        { id: GROUP_1, meetingHeld: true },
        { id: GROUP_2, meetingHeld: true },
      ],
      cascades: { total: 5, confirmed: 2, released: [], pending: [FACILITATOR_1, FACILITATOR_2, MEMBER_3] },
    });
  });

  it('shows a group without a meeting as not held while another group has met', () => {
    expect(toCycleView(launchedState(withGroup1Met()), 3).groups).toStrictEqual([
      { id: GROUP_1, meetingHeld: true },
      { id: GROUP_2, meetingHeld: false },
    ]);
  });

  it('shows nobody pending once the cycle is completed', () => {
    expect(toCycleView(launchedState(completed()), 0).cascades).toStrictEqual({
      total: 5,
      confirmed: 5,
      released: [],
      pending: [],
    });
  });
});

describe('personal data', () => {
  /** Runs the whole happy path through decide, as the workflow would, and returns every recorded event. */
  function happyPath(): CycleEvent[] {
    const commands: [CycleCommand, CommandContext][] = [
      [launchCycle(), ctx(T.launch)],
      [setAgenda(), ctx(T.agenda)],
      [sendPrep(), ctx(T.prep)],
      [recordMeeting(GROUP_1, [FACILITATOR_1, MEMBER_1, PERSON_SHARED]), ctx(T.recorded, FACILITATOR_1)],
      [recordMeeting(GROUP_2, [FACILITATOR_2, MEMBER_3]), ctx(T.recorded, FACILITATOR_2)],
      [publishSummary(), ctx(T.summary)],
      ...PARTICIPANTS.map((id): [CycleCommand, CommandContext] => [
        confirmCascade(id, sealed('VGFnZXQgb3A=')),
        ctx(T.confirmed, id),
      ]),
    ];
    const events: CycleEvent[] = [];
    let state: CycleState = initialCycleState;
    for (const [command, context] of commands) {
      const recorded = decideCycle(command, state, context);
      events.push(...recorded);
      state = foldCycle(recorded, state);
    }
    return events;
  }

  it('runs the whole happy path to CycleCompleted', () => {
    const events = happyPath();
    expect(events.map((event) => event.type)).toStrictEqual([
      'CycleLaunched',
      'AgendaSet',
      'PrepSent',
      'MeetingRecorded',
      'MeetingRecorded',
      'MeetingsHeld',
      'SummaryPublished',
      ...PARTICIPANTS.map(() => 'CascadeConfirmed'),
      'CycleCompleted',
    ]);
  });

  it('records people by id only: no name- or e-mail-like field and no "@" anywhere in the events', () => {
    const events = happyPath();
    const keys = new Set<string>();
    JSON.stringify(events, (key, value: unknown) => {
      keys.add(key);
      return value;
    });
    expect([...keys].filter((key) => /name|mail/i.test(key))).toStrictEqual([]);
    expect(JSON.stringify(events)).not.toContain('@');
  });
});
