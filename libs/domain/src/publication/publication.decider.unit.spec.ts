import { DomainError, DomainErrorCode } from '../shared/domain-error';
import { distributionListsAt, publicationDecider } from './publication.decider';

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

describe('the distribution lists', () => {
  const set = (lists: { name: string; address: string; areaId?: string }[]) =>
    publicationDecider.decide({ type: 'SetDistributionLists', lists }, {}, CONTEXT);

  it('records the lists, trimmed, with who set them and when; the state keeps the latest', () => {
    const events = set([
      { name: ' Alle medarbejdere ', address: 'alle@kommune.dk ' },
      { name: 'Skoler', address: 'skoler@kommune.dk', areaId: 'skole' },
    ]);
    const lists = [
      { name: 'Alle medarbejdere', address: 'alle@kommune.dk' },
      { name: 'Skoler', address: 'skoler@kommune.dk', areaId: 'skole' },
    ];
    expect(events).toEqual([{ type: 'DistributionListsSet', data: { lists, setBy: 'chef-1', at: CONTEXT.now } }]);
    const state = publicationDecider.evolve(publicationDecider.initialState, events[0]!);
    expect(state.distributionLists).toEqual({ lists, setBy: 'chef-1', at: CONTEXT.now });
    expect(publicationDecider.evolve(state, set([])[0]!).distributionLists?.lists).toEqual([]);
  });

  it('refuses a list without a name, two lists of one name whatever the case, and an address that is not one', () => {
    const refusal = (lists: { name: string; address: string }[]) => {
      try {
        set(lists);
      } catch (error) {
        return error instanceof DomainError ? { code: error.code, params: error.params } : error;
      }
      return undefined;
    };
    expect(refusal([{ name: '  ', address: 'a@kommune.dk' }])).toEqual({
      code: DomainErrorCode.DistributionListNameMissing,
      params: { index: 0 },
    });
    expect(
      refusal([
        { name: 'Alle', address: 'a@kommune.dk' },
        { name: 'alle ', address: 'b@kommune.dk' },
      ]),
    ).toEqual({ code: DomainErrorCode.DistributionListNameTaken, params: { index: 1, name: 'alle' } });
    for (const address of ['alle', 'alle@kommune', 'a b@kommune.dk', 'a@@kommune.dk']) {
      expect(refusal([{ name: 'Alle', address }])).toEqual({
        code: DomainErrorCode.DistributionListAddressInvalid,
        params: { index: 0, name: 'Alle' },
      });
    }
  });

  it('gives the lists in force at a moment: those set last at or before it, none before any were set', () => {
    const at = (iso: string, name: string) =>
      ({
        type: 'DistributionListsSet',
        data: { lists: [{ name, address: `${name}@kommune.dk` }], setBy: 'c', at: iso },
      }) as const;
    const events = [at('2027-03-01T10:00:00.000Z', 'first'), at('2027-03-05T10:00:00.000Z', 'second')];
    expect(distributionListsAt(events, '2027-02-28T10:00:00.000Z')).toEqual([]);
    expect(distributionListsAt(events, '2027-03-01T10:00:00.000Z').map((list) => list.name)).toEqual(['first']);
    expect(distributionListsAt(events, '2027-03-05T09:59:59.999Z').map((list) => list.name)).toEqual(['first']);
    expect(distributionListsAt(events, '2027-03-06T00:00:00.000Z').map((list) => list.name)).toEqual(['second']);
  });
});
