import { PostgresSentLog } from './postgres-sent-log';
import { SqliteSentLog, type SentLog } from './sent-log';

/** Opens the sent log where the configuration puts it: a SQLite file (one host) or PostgreSQL (several hosts). */
export async function openSentLog(
  location: { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string },
): Promise<SentLog> {
  if (location.kind === 'sqlite') return new SqliteSentLog(location.file);
  return PostgresSentLog.open(location.url).catch((error: unknown) => {
    // The URL is not repeated (it may hold a password); the variable's name says which connection failed.
    throw new Error(`SMTP_SENT_LOG_URL: ${error instanceof Error ? error.message : String(error)}`);
  });
}
