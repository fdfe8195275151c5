import { canonicalJson } from './canonical-json';

describe('canonical JSON', () => {
  it('sorts object keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('keeps the order of arrays', () => {
    expect(canonicalJson([3, 1, 2, 'b', 'a'])).toBe('[3,1,2,"b","a"]');
  });

  it('sorts keys by UTF-16 code units: digits, upper case, lower case, then "Æ"; a surrogate pair before U+FB01', () => {
    expect(canonicalJson({ z: 1, Z: 2, Æ: 3, a: 4, '10': 5, '9': 6 })).toBe('{"10":5,"9":6,"Z":2,"a":4,"z":1,"Æ":3}');
    // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB01 (a single unit, FB01) in UTF-16 order.
    expect(canonicalJson({ ﬁ: 1, '😀': 2 })).toBe('{"😀":2,"ﬁ":1}');
  });

  it('writes strings as JSON.stringify does: Danish letters as they are, quotes and control characters escaped', () => {
    expect(canonicalJson('Ærø og Åbenrå')).toBe('"Ærø og Åbenrå"');
    expect(canonicalJson('sagde "hej"\n\t\\')).toBe('"sagde \\"hej\\"\\n\\t\\\\"');
    expect(canonicalJson('\u0001')).toBe('"\\u0001"');
  });

  it('writes numbers as JSON.stringify does', () => {
    expect(canonicalJson([0, -0, 1, -17, 2.5, 1e21, 123456789012, 0.1])).toBe('[0,0,1,-17,2.5,1e+21,123456789012,0.1]');
  });

  it('writes null, booleans, empty objects and arrays', () => {
    expect(canonicalJson({ n: null, t: true, f: false, o: {}, a: [] })).toBe(
      '{"a":[],"f":false,"n":null,"o":{},"t":true}',
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ a: undefined })).toThrow(TypeError);
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
  });
});
