import type { Logger } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { exportEvents, type ExportFormat, type ExportSelection } from '@ledelsesrum/audit';
import type { EventStore } from '@ledelsesrum/event-store';

export const EXPORT_CONTENT_TYPE: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * Streams the export as a download, for the API's route and the auditor's page alike: written page by page as the
 * client takes it, so the response never holds the store. The selection must be checked before: after the first
 * byte a failure can only cut the connection.
 */
export async function sendExport(
  store: EventStore,
  response: ServerResponse,
  format: ExportFormat,
  selection: ExportSelection,
  logger: Logger,
): Promise<void> {
  response.statusCode = 200;
  response.setHeader('Content-Type', EXPORT_CONTENT_TYPE[format]);
  response.setHeader('Content-Disposition', `attachment; filename="${exportFileName(selection, format)}"`);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  try {
    await exportEvents(store, response, { format, ...selection });
    response.end();
  } catch (error) {
    // The status line is long gone: cutting the connection is the only way left to say the export is incomplete.
    logger.warn(`Eksporten blev afbrudt / The export was cut short: ${String(error)}`);
    response.destroy();
  }
}

/** `ledelsesrum-events[-<stream>]-<UTC time>.<format>`, in characters every file system takes. */
function exportFileName(selection: ExportSelection, format: ExportFormat): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const stream = selection.stream ? `-${selection.stream.replace(/[^A-Za-z0-9._-]/g, '_')}` : '';
  return `ledelsesrum-events${stream}-${stamp}.${format}`;
}
