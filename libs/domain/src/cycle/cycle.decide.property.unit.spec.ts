import fc from 'fast-check';
import {
  checkedSchedule,
  decideCycle,
  dueWork,
  evolveCycle,
  initialCycleState,
  isCalendarDate,
  isId,
  isDateTime,
  isText,
  nextWakeUp,
  pendingByFacilitator,
  resolveMeetingPlan,
  toCycleView,
  type CycleCommand,
  type CycleState,
  type EncryptedValue,
} from '@ledelsesrum/domain';
import { decided, hostileCommands } from '../testing/hostile-commands';

// Property-based: whatever a command holds, the cycle's decider refuses it with a DomainError or records events that
// fold to a cycle every reader (its view, the process's due work and timers) can use, at every stage of the cycle.

const NUM_RUNS = 400;
/** After the whole path: every stage meets a command at this moment. */
const CONTEXT = { actorId: 'chef-1', now: '2027-03-13T12:00:00.000Z' };
const sealed = (label: string): EncryptedValue => ({ alg: 'A256GCM', iv: `iv-${label}`, ciphertext: label, tag: 't' });
const GROUPS = [
  { id: 'g-1', facilitatorId: 'p-f1', memberIds: ['p-m1', 'p-shared'] },
  { id: 'g-2', facilitatorId: 'p-f2', memberIds: ['p-shared', 'p-m2'] },
];
const PEOPLE = ['p-f1', 'p-m1', 'p-shared', 'p-f2', 'p-m2'];
const AGENDA = {
  items: [{ title: 'Trivsel', description: 'Hvad virker?' }],
  prepTasks: [{ title: 'Spørg dine medarbejdere' }],
  materials: [{ kind: 'article' as const, title: 'Artikel', url: 'https://example.org/a' }],
};
const meeting = (groupId: string): CycleCommand => ({
  type: 'RecordMeeting',
  groupId,
  heldAt: '2027-03-11T10:00:00+01:00',
  attendeeIds: [groupId === 'g-1' ? 'p-f1' : 'p-f2'],
  keyPoints: ['Pointe'],
  inputToChefgruppen: ['Input'],
});

/**
 * The cycle's way to the cascade, one well-formed command at a time, each at its own moment; each prefix is a stage a
 * command may meet.
 */
const PATH: [CycleCommand, string][] = [
  [
    { type: 'LaunchCycle', cycleId: 'c-1', theme: 'Tværgående ledelse', meetingDate: '2027-03-11', groups: GROUPS },
    '2027-03-01T08:00:00.000Z',
  ],
  [{ type: 'SetAgenda', ...AGENDA }, '2027-03-01T08:00:00.000Z'],
  [{ type: 'SendPrep' }, '2027-03-04T07:00:00.000Z'],
  [meeting('g-1'), '2027-03-11T12:00:00.000Z'],
  [meeting('g-2'), '2027-03-11T12:00:00.000Z'],
  [{ type: 'PublishSummary', text: 'Opsamling' }, '2027-03-12T08:00:00.000Z'],
  [
    { type: 'ConfirmCascade', personId: 'p-m1', passedOnAt: '2027-03-12T10:00:00+01:00', channel: 'møde' },
    '2027-03-12T12:00:00.000Z',
  ],
];
const STATES: CycleState[] = PATH.reduce<CycleState[]>(
  (states, [command, now]) => [
    ...states,
    fold(states.at(-1)!, decideCycle(command, states.at(-1)!, { ...CONTEXT, now })),
  ],
  [initialCycleState],
);

function fold(state: CycleState, events: ReturnType<typeof decideCycle>): CycleState {
  return events.reduce(evolveCycle, state);
}

const people = fc.constantFrom(...PEOPLE, 'p-stranger');
const moments = fc.constantFrom(
  '2027-03-03',
  '2027-03-04T06:59:00Z',
  '2027-03-11T10:00:00+01:00',
  '2027-03-12',
  '2027-03-12T07:59:00Z',
  '2027-03-13',
  '2027-03-13T12:05:00Z',
  '2027-03-13T12:06:00Z',
  '2027-03-14',
);
const wellFormed: fc.Arbitrary<CycleCommand> = fc.oneof(
  fc.constantFrom(...PATH.map(([command]) => command)),
  // Moments around the cycle's own, to meet the rules of time: before prep, before the summary, now, ahead of it.
  fc.record({
    type: fc.constant('LaunchCycle' as const),
    cycleId: fc.constant('c-3'),
    theme: fc.constant('Tema'),
    meetingDate: fc.constantFrom('2027-03-12', '2027-03-13', '2029-03-13', '2029-03-14'),
    groups: fc.constant(GROUPS),
    backRegistration: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('RecordMeeting' as const),
    groupId: fc.constantFrom('g-1', 'g-2'),
    heldAt: moments,
    attendeeIds: fc.subarray(['p-f1', 'p-f2', 'p-shared']),
    keyPoints: fc.constant([]),
    inputToChefgruppen: fc.constant([]),
  }),
  fc.record({
    type: fc.constant('ConfirmCascade' as const),
    personId: people,
    passedOnAt: moments,
    channel: fc.constant('mail'),
  }),
  fc.subarray(AGENDA.items).map<CycleCommand>((items) => ({ type: 'SetAgenda', ...AGENDA, items })),
  fc.record({
    type: fc.constant('LaunchCycle' as const),
    cycleId: fc.constant('c-2'),
    theme: fc.constant('Tema'),
    meetingDate: fc.constant('2027-09-09'),
    groups: fc.constant(GROUPS),
    meeting: fc.constant({ startTime: '13:00', durationMinutes: 120, place: 'Rådhuset' }),
    schedule: fc.constant({ prepSendAt: '2027-09-01T08:00:00+02:00', reminders: ['P3D'], deadline: 'P10D' }),
  }),
  fc.constant<CycleCommand>({ type: 'ChangeSchedule', reminders: ['P5D', 'P9D'], deadline: 'P20D' }),
  fc.constant<CycleCommand>({ type: 'ChangeSchedule', prepSendAt: '2027-03-05T08:00:00Z' }),
  fc.record({ type: fc.constant('ReleaseFromCascade' as const), personId: people, reason: fc.constant(sealed('r')) }),
  fc.record({
    type: fc.constant('ConfirmCascade' as const),
    personId: people,
    passedOnAt: fc.constant('2027-03-13T09:00:00Z'),
    channel: fc.constant('mail'),
    note: fc.constant(sealed('n')),
  }),
  fc.constant<CycleCommand>({ type: 'CloseCycle', reason: 'Året er omme' }),
  fc.record({
    type: fc.constant('TakeUpInput' as const),
    fromCycleId: fc.constantFrom('c-0', 'c-1'),
    groupId: fc.constant('g-1'),
    item: fc.nat(3),
    text: fc.constant('Input'),
  }),
  fc.record({
    type: fc.constant('RecordNotifications' as const),
    round: fc.constantFrom('prep' as const, 'summary' as const, 'reminder-1' as const),
    messages: fc.constant([
      {
        kind: 'prep-package' as const,
        idempotencyKey: 'c-1/prep/p-f1',
        recipientIds: ['p-f1'],
        messageId: '<m-1@ledelsesrum>',
        sentAt: '2027-03-04T07:00:00.000Z',
      },
    ]),
    completes: fc.constant({ messageCount: 1, unreachableIds: [] }),
  }),
);

/** Everything a reader of the cycle relies on; throws (failing the property) where something is off. */
function expectSound(state: CycleState): void {
  if (state.status !== 'launched') return;
  expect(isId(state.id) && isText(state.theme) && isCalendarDate(state.meetingDate)).toBe(true);
  for (const group of state.groups) {
    expect(isId(group.id) && isId(group.facilitatorId) && group.memberIds.every(isId)).toBe(true);
    if (group.meeting) expect(isDateTime(group.meeting.heldAt)).toBe(true);
  }
  for (const entry of [...(state.agenda?.items ?? []), ...(state.agenda?.prepTasks ?? [])]) {
    expect(isText(entry.title)).toBe(true);
  }
  if (state.summary) expect(isText(state.summary.text)).toBe(true);
  if (state.closed) expect(isText(state.closed.reason)).toBe(true);
  for (const participant of state.participants.values()) {
    if (participant.cascade) expect(isDateTime(participant.cascade.passedOnAt)).toBe(true);
  }
  checkedSchedule(state.schedule);
  resolveMeetingPlan(state.meeting);
  toCycleView(state, 0);
  pendingByFacilitator(state);
  for (const now of ['2027-03-01T00:00:00Z', '2027-04-30T00:00:00Z']) {
    dueWork(state, now);
    nextWakeUp(state, now);
  }
  JSON.stringify(state);
}

/** What an accepted command said is plausible at CONTEXT.now: the rules of time and content held. */
function expectPlausible(command: CycleCommand, before: CycleState): void {
  const now = Date.parse(CONTEXT.now);
  const instant = (moment: string) => Date.parse(moment.length === 10 ? `${moment}T00:00:00Z` : moment);
  switch (command.type) {
    case 'LaunchCycle':
      expect(command.meetingDate <= '2029-03-13').toBe(true);
      if (!command.backRegistration) expect(command.meetingDate >= '2027-03-13').toBe(true);
      return;
    case 'SetAgenda':
      expect(command.items.length).toBeGreaterThan(0);
      return;
    case 'RecordMeeting':
      expect(command.attendeeIds.length).toBeGreaterThan(0);
      expect(instant(command.heldAt)).toBeLessThanOrEqual(now + 5 * 60_000);
      if (before.status === 'launched') {
        expect(instant(command.heldAt)).toBeGreaterThanOrEqual(instant(before.prepSentAt!.slice(0, 10)));
      }
      return;
    case 'ConfirmCascade':
      expect(instant(command.passedOnAt)).toBeLessThanOrEqual(now + 5 * 60_000);
      if (before.status === 'launched') {
        expect(instant(command.passedOnAt)).toBeGreaterThanOrEqual(instant(before.summary!.publishedAt.slice(0, 10)));
      }
      return;
    default:
      return;
  }
}

describe('decideCycle: properties', () => {
  it('refuses a command with a DomainError, or records events that fold to a sound cycle, at every stage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES), hostileCommands(wellFormed), (state, command) => {
        const events = decided(() => decideCycle(command, state, CONTEXT));
        if (events) expectSound(fold(state, events));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accepts a command only when its moments and contents are plausible at the time it is decided', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES), wellFormed, (state, command) => {
        const events = decided(() => decideCycle(command, state, CONTEXT));
        if (events && events.length > 0) expectPlausible(command, state);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
