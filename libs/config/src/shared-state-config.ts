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
      /** The file the state would be in without the URL: a switch that leaves state behind in it is refused. */
      readonly localFile: string;
    };

/**
 * `<PREFIX>_URL` (a postgres:// URL) puts the state in PostgreSQL; otherwise `<PREFIX>_FILE`, or `defaultFile` under
 * the data folder. Both set is refused, so nobody believes the state is where it is not.
 */
export function loadSharedStateLocation(
  env: NodeJS.ProcessEnv,
  prefix: string,
  defaultFile: string,
): SharedStateLocation {
  const url = env[`${prefix}_URL`]?.trim() || undefined;
  const file = env[`${prefix}_FILE`]?.trim() || undefined;
  if (url !== undefined && file !== undefined) {
    throw new Error(`Sæt enten / Set either ${prefix}_URL or ${prefix}_FILE, not both`);
  }
  if (url !== undefined) {
    return { kind: 'postgres', url: checkedPostgresUrl(url, `${prefix}_URL`), localFile: resolve(defaultFile) };
  }
  return { kind: 'sqlite', file: resolve(file ?? defaultFile) };
}
