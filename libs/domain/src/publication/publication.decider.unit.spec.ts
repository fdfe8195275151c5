import { publicationDecider } from './publication.decider';

const CONTEXT = { actorId: 'chef-1', now: '2027-03-12T10:00:00.000Z' };
const HASH = 'ab'.repeat(32);

describe('the publication stream', () => {
  it('records a new feed token by its hash, who made it and when; the state keeps only the latest', () => {
    const events = publicationDecider.decide({ type: 'RotateStaffFeedToken', tokenHash: HASH }, {}, CONTEXT);
    expect(events).toEqual([
      { type: 'StaffFeedTokenRotated', data: { tokenHash: HASH, rotatedBy: 'chef-1', at: CONTEXT.now } },
    ]);
    const first = publicationDecider.evolve(publicationDecider.initialState, events[0]!);
    const next = { type: 'StaffFeedTokenRotated', data: { tokenHash: 'cd'.repeat(32), rotatedBy: 'chef-2', at: 'x' } };
    expect(publicationDecider.evolve(first, next as (typeof events)[number]).feedToken).toEqual({
      hash: 'cd'.repeat(32),
      rotatedBy: 'chef-2',
      at: 'x',
    });
  });

  it('refuses anything but a SHA-256 hash: a token itself must never be recorded', () => {
    expect(() =>
      publicationDecider.decide({ type: 'RotateStaffFeedToken', tokenHash: 'plain-token' }, {}, CONTEXT),
    ).toThrow(RangeError);
  });
});
