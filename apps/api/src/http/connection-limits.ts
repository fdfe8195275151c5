import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { HttpServerConfig } from '@ledelsesrum/config';

/** How often Node looks for requests over their time (30 s by default, which would let a trickle run that much longer). */
const TIMEOUT_CHECK_MS = 1000;
/** A refused connection is logged at most this often, so a flood of them does not flood the log. */
const LOG_EVERY_MS = 60_000;

/**
 * Bounds what slow or numerous connections can hold: headers and the whole request must arrive in time (Node answers
 * 408 and closes otherwise), idle keep-alive connections close, and one client address holds at most so many
 * connections at once (more are closed as they open). Set before the server listens.
 */
export function limitConnections(server: Server, settings: HttpServerConfig): void {
  server.headersTimeout = settings.headersTimeoutMs;
  server.requestTimeout = settings.requestTimeoutMs;
  server.keepAliveTimeout = settings.keepAliveTimeoutMs;
  // Read when the server starts listening; Node's types leave it out, though it is an option of createServer.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.min(
    TIMEOUT_CHECK_MS,
    settings.headersTimeoutMs,
  );
  if (settings.maxConnectionsPerClient > 0) capPerClient(server, settings.maxConnectionsPerClient);
}

function capPerClient(server: Server, cap: number): void {
  const logger = new Logger('http');
  const open = new Map<string, number>();
  let refused = 0;
  let loggedAt = 0;
  server.on('connection', (socket: Socket) => {
    const client = clientOf(socket);
    const count = open.get(client) ?? 0;
    if (count >= cap) {
      socket.destroy();
      refused += 1;
      if (Date.now() - loggedAt >= LOG_EVERY_MS) {
        logger.warn(
          `${refused} forbindelse(r) afvist: ${client} havde allerede ${cap} åbne (HTTP_MAX_CONNECTIONS_PER_CLIENT) / ` +
            `${refused} connection(s) refused: ${client} already had ${cap} open (HTTP_MAX_CONNECTIONS_PER_CLIENT)`,
        );
        loggedAt = Date.now();
        refused = 0;
      }
      return;
    }
    open.set(client, count + 1);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
  });
}

/** The client's address; an IPv4 client on a dual-stack socket counts as its IPv4 address. */
function clientOf(socket: Socket): string {
  return (socket.remoteAddress ?? 'ukendt / unknown').replace(/^::ffff:/, '');
}
