import { loadConfig } from './config';
import { loadHttpConfig } from './http-config';

describe('loadHttpConfig', () => {
  it('defaults to 20 s for headers, 60 s for a request, 5 s idle, 100 connections a client and a 10 s drain', () => {
    expect(loadHttpConfig({}).http).toEqual({
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 60_000,
      keepAliveTimeoutMs: 5_000,
      maxConnectionsPerClient: 100,
      shutdownDrainMs: 10_000,
    });
  });

  it('reads every variable, fractions of a second too, and 0 as no cap on connections', () => {
    const { http } = loadHttpConfig({
      HTTP_HEADERS_TIMEOUT_SECONDS: '0.5',
      HTTP_REQUEST_TIMEOUT_SECONDS: '2',
      HTTP_KEEP_ALIVE_TIMEOUT_SECONDS: ' 65 ',
      HTTP_MAX_CONNECTIONS_PER_CLIENT: '0',
      SHUTDOWN_DRAIN_SECONDS: '3',
    });

    expect(http).toEqual({
      headersTimeoutMs: 500,
      requestTimeoutMs: 2_000,
      keepAliveTimeoutMs: 65_000,
      maxConnectionsPerClient: 0,
      shutdownDrainMs: 3_000,
    });
  });

  it.each([
    [{ HTTP_REQUEST_TIMEOUT_SECONDS: '0' }, 'HTTP_REQUEST_TIMEOUT_SECONDS skal være et positivt antal sekunder'],
    [{ SHUTDOWN_DRAIN_SECONDS: 'ti' }, 'SHUTDOWN_DRAIN_SECONDS skal være et positivt antal sekunder'],
    [{ HTTP_MAX_CONNECTIONS_PER_CLIENT: '1.5' }, 'HTTP_MAX_CONNECTIONS_PER_CLIENT skal være et helt tal'],
    [{ HTTP_MAX_CONNECTIONS_PER_CLIENT: '-1' }, 'HTTP_MAX_CONNECTIONS_PER_CLIENT skal være et helt tal'],
    [
      { HTTP_HEADERS_TIMEOUT_SECONDS: '30', HTTP_REQUEST_TIMEOUT_SECONDS: '10' },
      'HTTP_HEADERS_TIMEOUT_SECONDS må ikke være større end HTTP_REQUEST_TIMEOUT_SECONDS',
    ],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadHttpConfig(env)).toThrow(message);
  });

  it('is part of the whole configuration', () => {
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '4' }).http.shutdownDrainMs).toBe(4_000);
  });
});
