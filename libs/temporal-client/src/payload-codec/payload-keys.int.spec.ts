import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAYLOAD_KEY_FILE, parsePayloadKeys, resolvePayloadKeys } from './payload-keys';

const base64Key = () => randomBytes(32).toString('base64');

describe('the Temporal payload keys', () => {
  it('are generated once into the data folder, readable by the owner only, and read back the same', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-payload-keys-')), 'data');
    const first = resolvePayloadKeys(undefined, dataDir);
    const second = resolvePayloadKeys(undefined, dataDir);
    expect(first).toHaveLength(1);
    expect(first[0]!.key).toHaveLength(32);
    expect(second).toEqual(first);
    expect(statSync(join(dataDir, PAYLOAD_KEY_FILE)).mode & 0o777).toBe(0o600);
    // Nothing written aside is left behind.
    expect(readdirSync(dataDir)).toEqual([PAYLOAD_KEY_FILE]);
  });

  it('come from TEMPORAL_PAYLOAD_KEYS when it is set, the first one first, and then no file is written', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-payload-keys-'));
    const [newKey, oldKey] = [base64Key(), base64Key()];
    const keys = resolvePayloadKeys(`2027:${newKey}, 2026:${oldKey}`, dataDir);
    expect(keys.map((key) => [key.id, key.key.toString('base64')])).toEqual([
      ['2027', newKey],
      ['2026', oldKey],
    ]);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it.each([
    ['a key of the wrong length', `k1:${randomBytes(16).toString('base64')}`],
    ['a key without an id', base64Key()],
    ['the same id twice', `k1:${base64Key()},k1:${base64Key()}`],
    ['nothing', ' , '],
  ])('refuses %s without repeating the value', (_what, raw) => {
    expect(() => parsePayloadKeys(raw)).toThrow(/TEMPORAL_PAYLOAD_KEYS/);
    try {
      parsePayloadKeys(raw);
    } catch (error) {
      for (const part of raw.split(/[,:]/).filter((part) => part.trim().length > 8)) {
        expect((error as Error).message).not.toContain(part.trim());
      }
    }
  });
});
