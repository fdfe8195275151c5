import type { Writable } from 'node:stream';

/** The destination went away (a client that disconnected, a closed pipe) before everything was written. */
export class ExportDestinationClosedError extends Error {
  constructor() {
    super('Modtageren lukkede før eksporten var færdig / The destination closed before the export was done');
    this.name = 'ExportDestinationClosedError';
  }
}

/**
 * Writes a chunk and, when the destination's buffer is full, waits for it to drain, so that a slow reader slows the
 * export down instead of letting memory grow. Rejects, rather than waiting forever, if the destination closes or
 * fails first.
 */
export async function writeWithBackpressure(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new ExportDestinationClosedError();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = () => settle();
    const onClose = () => settle(new ExportDestinationClosedError());
    const onError = (error: unknown) => settle(error);
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}
