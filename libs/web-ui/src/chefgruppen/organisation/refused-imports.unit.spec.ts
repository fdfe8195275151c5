import { RefusedImports } from './refused-imports';

describe('RefusedImports', () => {
  afterEach(() => jest.useRealTimers());

  const report = (session: string) => ({
    session,
    text: 'id;navn\np-a;Anne',
    problems: [{ line: 2, column: 'email', rule: 'value-missing' as const, params: {} }],
  });

  it('shows a refused file’s report only in the session that sent it', () => {
    const refused = new RefusedImports();
    const reference = refused.hold(report('csrf-1'));
    expect(reference).toMatch(/^[\w-]{22}$/);
    expect(refused.find(reference, 'csrf-2')).toBeUndefined();
    expect(refused.find(reference, 'csrf-1')).toEqual(report('csrf-1'));
  });

  it('lets a report go after ten minutes', () => {
    jest.useFakeTimers({ now: new Date('2027-01-10T09:00:00Z') });
    const refused = new RefusedImports();
    const reference = refused.hold(report('csrf-1'));
    jest.setSystemTime(new Date('2027-01-10T09:09:59Z'));
    expect(refused.find(reference, 'csrf-1')).toBeDefined();
    jest.setSystemTime(new Date('2027-01-10T09:10:00Z'));
    expect(refused.find(reference, 'csrf-1')).toBeUndefined();
  });

  it('holds at most twenty reports, letting the oldest go first', () => {
    const refused = new RefusedImports();
    const references = Array.from({ length: 21 }, () => refused.hold(report('csrf-1')));
    expect(refused.find(references[0]!, 'csrf-1')).toBeUndefined();
    expect(refused.find(references[20]!, 'csrf-1')).toBeDefined();
  });
});
