import {
  DomainErrorCode,
  mayAnswer,
  reachDecider,
  REACH_MIN_ANSWERS_FLOOR,
  shownCount,
  type AnswerReach,
  type ReachEvent,
} from '@ledelsesrum/domain';

const ANSWER: AnswerReach = {
  type: 'AnswerReach',
  cycleId: 'c-1',
  leaderId: 'p-leader',
  areaId: 'social',
  level: 'leder',
  perWorkplacePerHour: 2,
};
const at = (now: string) => ({ actorId: 'anonym', now });
const fold = (events: readonly ReachEvent[]) => events.reduce(reachDecider.evolve, reachDecider.initialState);

describe('reach', () => {
  it('records the round, the workplace, its area and level, the moment and the answer, and nothing else', () => {
    const [event] = reachDecider.decide({ ...ANSWER, answer: 'Godt' }, fold([]), at('2027-03-14T09:10:00.000Z'));
    expect(event).toEqual({
      type: 'ReachAnswered',
      data: {
        cycleId: 'c-1',
        leaderId: 'p-leader',
        areaId: 'social',
        level: 'leder',
        at: '2027-03-14T09:10:00.000Z',
        answer: 'Godt',
      },
    });
  });

  it('caps a workplace’s answers per hour, and takes them again the next hour', () => {
    const nine = (minute: number) => at(`2027-03-14T09:${String(minute).padStart(2, '0')}:00.000Z`);
    const events = [
      ...reachDecider.decide(ANSWER, fold([]), nine(1)),
      ...reachDecider.decide(ANSWER, fold([]), nine(2)),
    ];
    expect(() => reachDecider.decide(ANSWER, fold(events), nine(59))).toThrow(
      expect.objectContaining({ code: DomainErrorCode.ReachLimitReached }),
    );
    expect(reachDecider.decide({ ...ANSWER, leaderId: 'p-other' }, fold(events), nine(59))).toHaveLength(1);
    expect(reachDecider.decide(ANSWER, fold(events), at('2027-03-14T10:00:00.000Z'))).toHaveLength(1);
  });

  it('refuses an empty or overlong answer and a level no rule allows', () => {
    const refused = (command: AnswerReach) => () => reachDecider.decide(command, fold([]), at('2027-03-14T09:00:00Z'));
    expect(refused({ ...ANSWER, answer: '  ' })).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidValue }),
    );
    expect(refused({ ...ANSWER, answer: 'x'.repeat(1_001) })).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidValue }),
    );
    expect(refused({ ...ANSWER, level: 'borgmester' as never })).toThrow(
      expect.objectContaining({ code: DomainErrorCode.InvalidValue }),
    );
  });

  it('shows a count only from the threshold up, and never under the floor of 5 whatever is configured', () => {
    expect(REACH_MIN_ANSWERS_FLOOR).toBe(5);
    expect(shownCount(4, 5)).toBeUndefined();
    expect(shownCount(5, 5)).toBe(5);
    expect(shownCount(7, 8)).toBeUndefined();
    expect(shownCount(4, 2)).toBeUndefined();
    expect(shownCount(0, 5)).toBeUndefined();
  });

  it('lets a browser answer a round once', () => {
    expect(mayAnswer([], 'c-1')).toBe(true);
    expect(mayAnswer(['c-0', 'c-1'], 'c-1')).toBe(false);
    expect(mayAnswer(['c-0'], 'c-1')).toBe(true);
  });
});
