import { type CycleEvent, decideCycle, DomainErrorCode, foldCycle, type EncryptedValue } from '@ledelsesrum/domain';

const LEADER = 'p-leader';
const CHEF = 'p-chef';
const NOW = '2027-03-20T08:00:00.000Z';
const CONTEXT = { actorId: LEADER, now: NOW };
const SEALED: EncryptedValue = { alg: 'A256GCM', iv: 'iv', ciphertext: 'for os betyder det', tag: 't' };

const HELD: CycleEvent[] = [
  {
    type: 'CycleLaunched',
    data: {
      cycleId: 'c-1',
      theme: 'Rekruttering',
      meetingDate: '2027-03-13',
      groups: [{ id: 'g-1', facilitatorId: CHEF, memberIds: [LEADER] }],
      launchedBy: CHEF,
      launchedAt: '2027-03-01T08:00:00.000Z',
    },
  },
  { type: 'AgendaSet', data: { items: [{ title: 'Rekruttering' }], prepTasks: [], materials: [], setAt: NOW } },
  { type: 'PrepSent', data: { recipientIds: [CHEF, LEADER], sentAt: '2027-03-06T07:00:00.000Z' } },
  {
    type: 'MeetingRecorded',
    data: {
      groupId: 'g-1',
      heldAt: '2027-03-13T09:00:00.000Z',
      attendeeIds: [CHEF, LEADER],
      keyPoints: ['Fælles jobopslag'],
      inputToChefgruppen: [],
      recordedBy: CHEF,
    },
  },
  { type: 'MeetingsHeld', data: { at: '2027-03-13T15:00:00.000Z' } },
];
const PUBLISHED: CycleEvent[] = [
  ...HELD,
  { type: 'SummaryPublished', data: { text: 'Opsamling', publishedAt: '2027-03-14T08:00:00.000Z' } },
];
const write = (personId = LEADER) => ({ type: 'WriteReflection' as const, personId, text: SEALED });

describe('a leader’s reflection for their own workplace', () => {
  it('is recorded sealed, as given, once the summary is published, and may be written again, confirmed or not', () => {
    const first = decideCycle(write(), foldCycle(PUBLISHED), CONTEXT);
    expect(first).toEqual([{ type: 'ReflectionWritten', data: { personId: LEADER, text: SEALED, writtenAt: NOW } }]);
    expect(decideCycle(write(), foldCycle([...PUBLISHED, ...first]), CONTEXT)).toHaveLength(1);
    const confirmed: CycleEvent = {
      type: 'CascadeConfirmed',
      data: { personId: LEADER, passedOnAt: NOW, channel: 'personalemøde', confirmedAt: NOW },
    };
    expect(decideCycle(write(), foldCycle([...PUBLISHED, confirmed]), CONTEXT)).toHaveLength(1);
  });

  it('is refused before the summary, for someone not in the round, and once the round is completed', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as { code: string }).code;
      }
      return 'accepted';
    };
    expect(code(() => decideCycle(write(), foldCycle(HELD), CONTEXT))).toBe(DomainErrorCode.SummaryNotPublished);
    expect(code(() => decideCycle(write('p-other'), foldCycle(PUBLISHED), CONTEXT))).toBe(
      DomainErrorCode.PersonNotInCycle,
    );
    const completed: CycleEvent[] = [...PUBLISHED, { type: 'CycleCompleted', data: { at: NOW } }];
    expect(code(() => decideCycle(write(), foldCycle(completed), CONTEXT))).toBe(DomainErrorCode.CycleCompleted);
  });

  it('refuses text that is not sealed', () => {
    const plain = { ...write(), text: 'for os' as unknown as EncryptedValue };
    expect(() => decideCycle(plain, foldCycle(PUBLISHED), CONTEXT)).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidValue }),
    );
  });

  it('changes nothing a decision needs', () => {
    const events = decideCycle(write(), foldCycle(PUBLISHED), CONTEXT);
    expect(foldCycle([...PUBLISHED, ...events])).toEqual(foldCycle(PUBLISHED));
  });
});
