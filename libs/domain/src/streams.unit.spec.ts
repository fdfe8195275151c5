import { aggregateOfEvent, cycleIdOfStream, cycleStreamId, ORGANISATION_STREAM } from '@ledelsesrum/domain';

describe('stream names', () => {
  it('names a cycle stream after the cycle, and gives the id back for a cycle stream only', () => {
    expect(cycleStreamId('2027-forår')).toBe('cycle-2027-forår');
    expect(cycleIdOfStream(cycleStreamId('2027-forår'))).toBe('2027-forår');
    expect(() => cycleIdOfStream(ORGANISATION_STREAM)).toThrow(RangeError);
  });
});

describe('aggregateOfEvent', () => {
  it.each([
    ['CycleLaunched', 'cycle'],
    ['NotificationSent', 'cycle'],
    ['CycleCompleted', 'cycle'],
    ['PersonAdded', 'organisation'],
    ['GroupDissolved', 'organisation'],
  ])('puts %s in the %s stream', (type, kind) => {
    expect(aggregateOfEvent(type)).toBe(kind);
  });

  it.each(['Happened', 'toString', 'constructor', ''])('knows no aggregate for %j', (type) => {
    expect(aggregateOfEvent(type)).toBeUndefined();
  });
});
