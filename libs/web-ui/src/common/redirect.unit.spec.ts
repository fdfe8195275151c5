import { localPath } from './redirect';

describe('localPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(localPath('/chefgruppen/cykler/1?x=2', '/')).toBe('/chefgruppen/cykler/1?x=2');
  });

  it.each([
    ['another host', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a control character', '/a\nb'],
    ['a relative path', 'chefgruppen'],
    ['no value', undefined],
  ])('refuses %s', (_name, candidate) => {
    expect(localPath(candidate, '/fallback')).toBe('/fallback');
  });
});
