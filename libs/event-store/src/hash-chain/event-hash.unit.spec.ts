import { chainHash, eventHash, eventHashInput, sha256Hex } from './event-hash';

/**
 * The worked example in docs/audit.md ("Revision: kontrolkæden (hash-kæden) / Audit: the hash chain"). The expected
 * values were computed apart from this code (Python: json.dumps(…, sort_keys=True, separators=(',', ':'),
 * ensure_ascii=False) and hashlib.sha256), so an auditor can check them with any tool.
 */
const FIRST = {
  id: 'e-1',
  streamId: 'cycle-c-1',
  revision: 0,
  type: 'CycleLaunched',
  data: { theme: 'Ærø', meetingDate: '2027-03-11' },
  metadata: { actor: { personId: 'chef-1', role: 'chefgruppen' } },
  recordedAt: '2027-01-05T09:00:00.000Z',
};
const FIRST_CANONICAL =
  '{"data":{"meetingDate":"2027-03-11","theme":"Ærø"},"id":"e-1",' +
  '"metadata":{"actor":{"personId":"chef-1","role":"chefgruppen"}},"previousHash":null,' +
  '"recordedAt":"2027-01-05T09:00:00.000Z","revision":0,"stream":"cycle-c-1","type":"CycleLaunched"}';
const FIRST_HASH = '23a44093eb19d436ced7d4a7634d1b5b17eb95ccc3118e2e5d8ee1afd92b9bfb';
const FIRST_CHAIN_HASH = 'cf5dd2657648fa7fccc279d6d07d4d7c3474a7876e686f12d6b5b64fd0f0b45b';

const SECOND = {
  ...FIRST,
  id: 'e-2',
  revision: 1,
  type: 'AgendaSet',
  data: { items: [{ title: 'Hvad gør vi allerede?' }] },
  recordedAt: '2027-01-05T09:05:00.000Z',
};
const SECOND_HASH = '3a8ad5692bc3d27e0c5a268aec8c8d18cee6a169d098ea5dbb28b12d6aa696f1';
const SECOND_CHAIN_HASH = 'e3bdd5cd69fe81e747fff68388cc6913aef9a3cba6750fc2ce2e2a0de3a6fb15';

describe('the event hash and the chain hash', () => {
  it('hash the UTF-8 bytes as lower-case hex SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('Ærø')).toBe('8fce13c4f1977ce36ae7c1d7b4a01119a0314c7f5c4e428a885716afb0fe3758');
  });

  it('gives the worked example its canonical form, hash and chain hash', () => {
    expect(eventHashInput(FIRST, null)).toBe(FIRST_CANONICAL);
    expect(eventHash(FIRST, null)).toBe(FIRST_HASH);
    expect(chainHash(1, FIRST_HASH, null)).toBe(FIRST_CHAIN_HASH);
  });

  it('links the next event to the previous one in its stream and in the log', () => {
    expect(eventHashInput(SECOND, FIRST_HASH)).toContain(`"previousHash":"${FIRST_HASH}"`);
    expect(eventHash(SECOND, FIRST_HASH)).toBe(SECOND_HASH);
    expect(chainHash(2, SECOND_HASH, FIRST_CHAIN_HASH)).toBe(SECOND_CHAIN_HASH);
  });

  it('changes with every part it covers', () => {
    const variants = [
      { ...FIRST, id: 'e-9' },
      { ...FIRST, streamId: 'cycle-c-2' },
      { ...FIRST, revision: 1 },
      { ...FIRST, type: 'Other' },
      { ...FIRST, data: { ...FIRST.data, theme: 'Aero' } },
      { ...FIRST, metadata: {} },
      { ...FIRST, recordedAt: '2027-01-05T09:00:00.001Z' },
    ];
    for (const variant of variants) expect(eventHash(variant, null)).not.toBe(FIRST_HASH);
    expect(eventHash(FIRST, SECOND_HASH)).not.toBe(FIRST_HASH);
    expect(chainHash(2, FIRST_HASH, null)).not.toBe(FIRST_CHAIN_HASH);
    expect(chainHash(1, FIRST_HASH, SECOND_CHAIN_HASH)).not.toBe(FIRST_CHAIN_HASH);
  });

  it('ignores what an event carries beyond its content (position, stored hashes) and the order of keys', () => {
    const recorded = {
      position: 7,
      hash: 'x',
      chainHash: 'y',
      ...FIRST,
      data: { meetingDate: '2027-03-11', theme: 'Ærø' },
    };
    expect(eventHash(recorded, null)).toBe(FIRST_HASH);
  });
});
