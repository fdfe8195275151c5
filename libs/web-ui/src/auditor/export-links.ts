import type { ExportFormat } from '@ledelsesrum/audit';

/** Where the pages download an export from: the same selection GET /api/audit/export takes, with the session. */
export const EXPORT_PATH = '/revision/eksport';

/**
 * The query names of the export form; the moments are Copenhagen wall-clock times, each typed as day, month, year and
 * time (`fra.day`, `fra.month`, `fra.year`, `fra.kl`).
 */
export const EXPORT_QUERY = { format: 'format', stream: 'stream', from: 'fra', to: 'til' } as const;

export const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { csv: 'CSV', jsonl: 'JSON Lines' };

/** A link that downloads every event, or one stream's, in a format. */
export function exportHref(format: ExportFormat, stream?: string): string {
  const query = new URLSearchParams({ [EXPORT_QUERY.format]: format });
  if (stream !== undefined) query.set(EXPORT_QUERY.stream, stream);
  return `${EXPORT_PATH}?${query.toString()}`;
}
