import { ImportPreviews } from './import-previews';

describe('ImportPreviews', () => {
  afterEach(() => jest.useRealTimers());

  it('gives a held file back only to the person who loaded it, until it is forgotten', () => {
    const previews = new ImportPreviews();
    const reference = previews.hold({ personId: 'chef-1', bytes: Buffer.from('id;navn') });
    expect(reference).toMatch(/^[\w-]{22}$/);
    expect(previews.find(reference, 'chef-2')).toBeUndefined();
    expect(previews.find(reference, 'chef-1')?.bytes.toString()).toBe('id;navn');
    previews.forget(reference);
    expect(previews.find(reference, 'chef-1')).toBeUndefined();
  });

  it('lets a file go after half an hour', () => {
    jest.useFakeTimers({ now: new Date('2027-01-10T09:00:00Z') });
    const previews = new ImportPreviews();
    const reference = previews.hold({ personId: 'chef-1', bytes: Buffer.from('x') });
    jest.setSystemTime(new Date('2027-01-10T09:29:59Z'));
    expect(previews.find(reference, 'chef-1')).toBeDefined();
    jest.setSystemTime(new Date('2027-01-10T09:30:00Z'));
    expect(previews.find(reference, 'chef-1')).toBeUndefined();
  });

  it('holds at most twenty files, letting the oldest go first', () => {
    const previews = new ImportPreviews();
    const references = Array.from({ length: 21 }, () => previews.hold({ personId: 'chef-1', bytes: Buffer.from('x') }));
    expect(previews.find(references[0]!, 'chef-1')).toBeUndefined();
    expect(previews.find(references[1]!, 'chef-1')).toBeDefined();
    expect(previews.find(references[20]!, 'chef-1')).toBeDefined();
  });
});
