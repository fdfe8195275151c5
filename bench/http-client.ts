import { Agent, request } from 'node:http';

export interface HttpAnswer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * A lean JSON client over keep-alive connections: the benchmark runs on the same cores as the system it measures, so
 * its own cost per request is kept low (Node's http module costs a fraction of what fetch does).
 */
export function jsonClient(maxSockets = 64) {
  // An idle connection is dropped after 4 s, before the server's keep-alive timeout (5 s) closes it: a request sent on
  // a connection the server is closing at that moment fails with "socket hang up", as after a round that takes 5.5 s.
  const agent = new Agent({ keepAlive: true, maxSockets, timeout: 4_000 });
  return (method: string, url: string, token: string, body?: unknown): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const outgoing = request(
        url,
        {
          method,
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: response.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) });
          });
          response.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
}
