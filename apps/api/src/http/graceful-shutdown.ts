import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';

/** What Nest's own shutdown may take after the drain (closing the store, Temporal's connection) before we give up. */
const CLOSE_GRACE_MS = 5000;

export interface ShutdownOptions {
  readonly drainMs: number;
  readonly logger: LoggerService;
  readonly signals?: readonly NodeJS.Signals[];
}

/**
 * The API's one way to stop, on SIGTERM or SIGINT: stop accepting connections, answer the requests in flight with
 * `Connection: close` (and every request that still arrives on an open connection), close idle keep-alive
 * connections as they become idle, and when `drainMs` has passed close whatever is still open. Only then do Nest's
 * shutdown hooks close the store and the rest, so no request in flight finds them closed. Installed before the server
 * listens, so it knows every response.
 */
export function stopGracefully(app: INestApplication, server: Server, options: ShutdownOptions): void {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  // Before the application's own listener, so a response it sends at once is marked too.
  server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
    inFlight.add(response);
    if (draining) closeAfter(response);
    response.once('close', () => {
      inFlight.delete(response);
      // A response whose headers were sent before the drain began leaves its connection open and idle: close it now.
      if (draining) server.closeIdleConnections();
    });
  });

  const drain = async (): Promise<number> => {
    draining = true;
    for (const response of inFlight) closeAfter(response);
    // Requests that reached the socket before the signal are read first (one turn of the event loop), so that
    // closing the idle connections below does not drop them.
    await new Promise((resolve) => setImmediate(resolve));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'deadline'>((resolve) => {
      timer = setTimeout(() => resolve('deadline'), options.drainMs);
    });
    const outcome = await Promise.race([closed, deadline]);
    clearTimeout(timer);
    if (outcome !== 'deadline') return 0;
    const left = inFlight.size;
    server.closeAllConnections();
    return left;
  };

  let stopping: Promise<void> | undefined;
  const stop = (signal: NodeJS.Signals) => {
    stopping ??= (async () => {
      options.logger.log(
        `${signal}: lukker, højst ${options.drainMs / 1000} s for igangværende forespørgsler / ` +
          `stopping, at most ${options.drainMs / 1000} s for requests in flight`,
      );
      setTimeout(() => {
        options.logger.error('Lukningen tog for lang tid / Stopping took too long');
        process.exit(1);
      }, options.drainMs + CLOSE_GRACE_MS).unref();
      const cut = await drain();
      if (cut > 0) {
        options.logger.warn(
          `${cut} forespørgsel(er) afbrudt ved fristen (SHUTDOWN_DRAIN_SECONDS) / ` +
            `${cut} request(s) cut off at the deadline (SHUTDOWN_DRAIN_SECONDS)`,
        );
      }
      await app.close();
      process.exit(0);
    })().catch((error: unknown) => {
      options.logger.error(`Lukningen mislykkedes / Stopping failed: ${String(error)}`);
      process.exit(1);
    });
  };
  for (const signal of options.signals ?? (['SIGTERM', 'SIGINT'] as const)) process.on(signal, stop);
}

/** Node then closes the connection once this response is sent, instead of keeping it alive for the next request. */
function closeAfter(response: ServerResponse): void {
  if (!response.headersSent) response.setHeader('Connection', 'close');
}
