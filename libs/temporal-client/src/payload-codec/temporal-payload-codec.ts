import { AesGcmPayloadCodec } from './aes-gcm-payload-codec';
import { resolvePayloadKeys } from './payload-keys';

/** The codec every Temporal client and worker of one installation uses: TEMPORAL_PAYLOAD_KEYS, else the data folder's key. */
export function temporalPayloadCodec(configuredKeys: string | undefined, dataDir: string): AesGcmPayloadCodec {
  return new AesGcmPayloadCodec(resolvePayloadKeys(configuredKeys, dataDir));
}
