import { UsageError, parseReplayArgs } from './replay-args';

describe('replay arguments', () => {
  it('reads a cycle, a revision and --json', () => {
    expect(parseReplayArgs(['c-1', '--revision', '2', '--json'])).toEqual({
      target: 'c-1',
      until: { revision: 2 },
      json: true,
    });
  });

  it('reads a moment with its offset', () => {
    expect(parseReplayArgs(['organisation', '--at', '2027-03-11T10:15:02+01:00'])).toEqual({
      target: 'organisation',
      until: { at: new Date('2027-03-11T09:15:02Z') },
      json: false,
    });
    expect(parseReplayArgs(['c-1', '--at', '2027-03-11T09:15:02.5Z']).until).toEqual({
      at: new Date('2027-03-11T09:15:02.500Z'),
    });
  });

  it('replays up to now without --at or --revision', () => {
    expect(parseReplayArgs(['c-1'])).toEqual({ target: 'c-1', json: false });
  });

  it.each([
    ['no target', []],
    ['a flag for a target', ['--json']],
    ['a date without a time', ['c-1', '--at', '2027-03-11']],
    ['a time without an offset', ['c-1', '--at', '2027-03-11T10:15:02']],
    ['no time at all', ['c-1', '--at', 'i går']],
    ['a missing --at value', ['c-1', '--at']],
    ['an impossible date', ['c-1', '--at', '2027-02-30T25:00:00Z']],
    ['a date that does not exist', ['c-1', '--at', '2027-02-30T10:00:00Z']],
    ['a negative revision', ['c-1', '--revision', '-1']],
    ['a revision that is not whole', ['c-1', '--revision', '1.5']],
    ['both --at and --revision', ['c-1', '--revision', '1', '--at', '2027-03-11T09:00:00Z']],
    ['an unknown flag', ['c-1', '--since', 'x']],
  ])('refuses %s with a usage error (exit code 2)', (_what, args) => {
    expect(() => parseReplayArgs(args)).toThrow(UsageError);
    try {
      parseReplayArgs(args);
    } catch (error) {
      expect((error as UsageError).exitCode).toBe(2);
      expect((error as Error).message).toContain('replay <møderunde-id/meeting-round-id>');
    }
  });
});
