/** How the API's HTTP server treats slow, idle and numerous connections, and how long it drains when stopped. */
export interface HttpServerConfig {
  /** A request's headers must have arrived within this many milliseconds of its first byte. */
  readonly headersTimeoutMs: number;
  /** The whole request, body and all, must have arrived within this many milliseconds; a trickle is cut off. */
  readonly requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this many milliseconds. */
  readonly keepAliveTimeoutMs: number;
  /** Open connections one client address may hold at once; 0 means no cap. */
  readonly maxConnectionsPerClient: number;
  /** After SIGTERM, how long in-flight requests may take before the remaining connections are closed. */
  readonly shutdownDrainMs: number;
}

export interface HttpConfig {
  readonly http: HttpServerConfig;
}

export function loadHttpConfig(env: NodeJS.ProcessEnv): HttpConfig {
  const http: HttpServerConfig = {
    headersTimeoutMs: seconds(env, 'HTTP_HEADERS_TIMEOUT_SECONDS', 20),
    requestTimeoutMs: seconds(env, 'HTTP_REQUEST_TIMEOUT_SECONDS', 60),
    keepAliveTimeoutMs: seconds(env, 'HTTP_KEEP_ALIVE_TIMEOUT_SECONDS', 5),
    maxConnectionsPerClient: count(env, 'HTTP_MAX_CONNECTIONS_PER_CLIENT', 100),
    shutdownDrainMs: seconds(env, 'SHUTDOWN_DRAIN_SECONDS', 10),
  };
  // Node refuses a server whose headers may take longer than the whole request.
  if (http.headersTimeoutMs > http.requestTimeoutMs) {
    throw new Error(
      'HTTP_HEADERS_TIMEOUT_SECONDS må ikke være større end HTTP_REQUEST_TIMEOUT_SECONDS / ' +
        'HTTP_HEADERS_TIMEOUT_SECONDS must not be larger than HTTP_REQUEST_TIMEOUT_SECONDS',
    );
  }
  return { http };
}

/** Seconds as milliseconds; fractions are allowed (a test may want half a second). */
function seconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback * 1000;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(
      `${name} skal være et positivt antal sekunder / must be a positive number of seconds, got "${raw}"`,
    );
  }
  return Math.round(value * 1000);
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} skal være et helt tal, 0 eller mere / must be a whole number, 0 or more, got "${raw}"`);
  }
  return value;
}
