import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { AesGcmPayloadCodec, ENCRYPTED_ENCODING, KEY_ID_METADATA } from './aes-gcm-payload-codec';
import { encodePayload } from './payload-bytes';

const key = (id: string) => ({ id, key: randomBytes(32) });
const PERSON = { cycleId: 'c-1', recipientIds: ['p-1-2'], note: 'Hanne Hansen <hanne@kommune.dk>' };
const text = (payload: { metadata?: Record<string, Uint8Array> | null; data?: Uint8Array | null }) =>
  Buffer.concat([...Object.values(payload.metadata ?? {}), payload.data ?? new Uint8Array()]).toString('latin1');

describe('AesGcmPayloadCodec', () => {
  it('round-trips a payload, and what it sends holds none of it in clear text', async () => {
    const codec = new AesGcmPayloadCodec([key('k1')]);
    const payload = defaultPayloadConverter.toPayload(PERSON);
    const [sealed] = await codec.encode([payload]);
    expect(Buffer.from(sealed!.metadata!['encoding']!).toString()).toBe(ENCRYPTED_ENCODING);
    expect(Buffer.from(sealed!.metadata![KEY_ID_METADATA]!).toString()).toBe('k1');
    expect(text(sealed!)).not.toContain('Hanne');
    expect(text(sealed!)).not.toContain('p-1-2');
    const [opened] = await codec.decode([sealed!]);
    expect(defaultPayloadConverter.fromPayload(opened!)).toEqual(PERSON);
  });

  it('seals the payload as Temporal’s own Payload message, as a codec server expects', async () => {
    const payload = defaultPayloadConverter.toPayload(PERSON);
    expect(Buffer.from(encodePayload(payload))).toEqual(
      Buffer.from(temporal.api.common.v1.Payload.encode(payload).finish()),
    );
  });

  it('refuses a payload sealed under a key it does not have, naming the key id', async () => {
    const [sealed] = await new AesGcmPayloadCodec([key('old')]).encode([defaultPayloadConverter.toPayload(PERSON)]);
    await expect(new AesGcmPayloadCodec([key('new')]).decode([sealed!])).rejects.toThrow(/"old"/);
  });

  it('refuses a payload whose key id is right but whose key is not (a tampered or foreign payload)', async () => {
    const [sealed] = await new AesGcmPayloadCodec([key('k1')]).encode([defaultPayloadConverter.toPayload(PERSON)]);
    await expect(new AesGcmPayloadCodec([key('k1')]).decode([sealed!])).rejects.toThrow();
  });

  it('after a rotation encrypts with the new key and still decrypts what the old key sealed', async () => {
    const oldKey = key('2026');
    const newKey = key('2027');
    const [before] = await new AesGcmPayloadCodec([oldKey]).encode([defaultPayloadConverter.toPayload(PERSON)]);
    const rotated = new AesGcmPayloadCodec([newKey, oldKey]);
    const [after] = await rotated.encode([defaultPayloadConverter.toPayload(PERSON)]);
    expect(Buffer.from(after!.metadata![KEY_ID_METADATA]!).toString()).toBe('2027');
    const opened = await rotated.decode([before!, after!]);
    expect(opened.map((payload) => defaultPayloadConverter.fromPayload(payload))).toEqual([PERSON, PERSON]);
    // The new key alone cannot read what the old one sealed: it must stay listed while histories need it.
    await expect(new AesGcmPayloadCodec([newKey]).decode([before!])).rejects.toThrow(/"2026"/);
  });

  it('passes payloads that are not encrypted through, so histories from before the codec still replay', async () => {
    const plain = [defaultPayloadConverter.toPayload(PERSON), defaultPayloadConverter.toPayload(undefined)];
    expect(await new AesGcmPayloadCodec([key('k1')]).decode(plain)).toEqual(plain);
  });
});
