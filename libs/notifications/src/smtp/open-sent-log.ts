import { PostgresSentLog } from './postgres-sent-log';
import { SqliteSentLog, type SentLog } from './sent-log';

/** Opens the sent log where the configuration puts it: a SQLite file (one host) or PostgreSQL (several hosts). */
export async function openSentLog(
  location: { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string },
): Promise<SentLog> {
  return location.kind === 'postgres' ? PostgresSentLog.open(location.url) : new SqliteSentLog(location.file);
}
