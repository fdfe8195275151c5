import { resolve } from 'node:path';
import { checkedPostgresUrl } from './event-store-config';

/**
 * Where state that every API and worker replica must share lives: a SQLite file (replicas on one host, sharing the
 * data folder) or a PostgreSQL database (replicas on several hosts). The per-person keys and the SMTP sent log.
 */
export type SharedStateLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | {
      readonly kind: 'postgres';
      readonly url: string;
      /** The file the state was in before the URL (`<PREFIX>_FILE` or the default): checked at start for the keys. */
      readonly localFile: string;
    };

/**
 * `<PREFIX>_URL` (a postgres:// URL) puts the state in PostgreSQL; otherwise `<PREFIX>_FILE`, or `defaultFile` under
 * the data folder. With the URL, `<PREFIX>_FILE` (or the default) names the file the state was in before, which the
 * per-person keys check at start (see openPersonKeyStore).
 */
export function loadSharedStateLocation(
  env: NodeJS.ProcessEnv,
  prefix: string,
  defaultFile: string,
): SharedStateLocation {
  const url = env[`${prefix}_URL`]?.trim() || undefined;
  const file = env[`${prefix}_FILE`]?.trim() || undefined;
  if (url !== undefined) {
    return { kind: 'postgres', url: checkedPostgresUrl(url, `${prefix}_URL`), localFile: resolve(file ?? defaultFile) };
  }
  return { kind: 'sqlite', file: resolve(file ?? defaultFile) };
}
