import { readFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { RawConnection, requestHead } from '../support/raw-http';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(180_000);

const MB = 1024 * 1024;

/** The process's peak resident memory so far (VmHWM), in bytes. */
function peakMemory(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  return Number(/(\d+)\s*kB/.exec(line ?? '')?.[1]) * 1024;
}

/** A spreadsheet of `people` people in groups of 17, each group's first member a chef who facilitates it. */
function organisationCsv(people: number): string {
  const lines = ['id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator'];
  for (let i = 0; i < people; i += 1) {
    const group = Math.floor(i / 17) + 1;
    const [level, facilitates] = i % 17 === 0 ? ['chef;ja', 'ja'] : ['leder;nej', ''];
    lines.push(
      `p-${i};Person ${i};p-${i}@kommune.dk;social;Social og Sundhed;${level};;g-${group};Gruppe ${group};${facilitates}`,
    );
  }
  return lines.join('\n');
}

describe('the API under hostile load', () => {
  const systems: SystemUnderTest[] = [];
  afterAll(async () => Promise.all(systems.map((system) => system.stop())));

  describe('bodies', () => {
    let system: SystemUnderTest;
    beforeAll(async () => {
      system = await startSystem({ pieces: ['api'], env: { HTTP_MAX_CONNECTIONS_PER_CLIENT: '250' } });
      systems.push(system);
    });

    it('answers 200 anonymous 2 MB uploads 401 before their bodies are sent, and stays under 300 MB', async () => {
      const url = `${system.baseUrl}/organisation/import`;
      const body = Buffer.alloc(2 * MB, 'x');
      const head = requestHead('POST', url, { 'Content-Type': 'text/csv', 'Content-Length': body.length });
      const firstPart = body.subarray(0, 64 * 1024);
      const connections = Array.from({ length: 200 }, () => new RawConnection(url));

      await Promise.all(
        connections.map(async (connection) => {
          await connection.send(head);
          await connection.send(firstPart);
          // Answered while 1,984 KB of the body have not even been sent; then the rest goes to a closed connection.
          await connection.answered;
          await connection.send(body.subarray(firstPart.length));
          await connection.closed;
        }),
      );

      for (const connection of connections) {
        const response = connection.response()!;
        expect(response.status).toBe(401);
        expect(response.headers['connection']).toBe('close');
        expect(JSON.parse(response.body)).toEqual({
          statusCode: 401,
          code: 'UNAUTHENTICATED',
          message: 'Mangler gyldigt token / A valid bearer token is required',
          details: {},
        });
      }
      expect(peakMemory(system.pids('api')[0]!)).toBeLessThan(300 * MB);
    });

    it('refuses a body with a forged token, or to a page without a session, before reading it; a caller who asks first is told to send it only when signed in', async () => {
      const forged = new RawConnection(system.baseUrl);
      await forged.send(
        requestHead('PUT', `${system.baseUrl}/organisation`, {
          Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.forged',
          'Content-Type': 'application/json',
          'Content-Length': 4 * MB,
        }),
      );
      expect(await forged.answered).toMatchObject({ status: 401, headers: { connection: 'close' } });
      await forged.closed;
      expect(JSON.parse(forged.response()!.body).message).toBe('Ugyldigt token / Invalid token');

      const page = new RawConnection(system.webUrl);
      await page.send(
        requestHead('POST', `${system.webUrl}/chefgruppen/cykler/ny`, {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': 50_000,
        }),
      );
      expect(await page.answered).toMatchObject({
        status: 303,
        headers: { connection: 'close', location: '/log-ind' },
      });

      const asking = { 'Content-Type': 'application/json', 'Content-Length': 2, Expect: '100-continue' };
      const anonymous = new RawConnection(system.baseUrl);
      await anonymous.send(requestHead('POST', `${system.baseUrl}/cycles`, asking));
      expect((await anonymous.answered).status).toBe(401);
      const signedIn = new RawConnection(system.baseUrl);
      const token = await system.token('chef-1', 'chefgruppen');
      await signedIn.send(
        requestHead('POST', `${system.baseUrl}/cycles`, { ...asking, Authorization: `Bearer ${token}` }),
      );
      expect((await signedIn.answered).status).toBe(100);
      signedIn.destroy();
    });

    it('answers 413 with the API’s error body for a body over its route’s limit, declared or not, and still takes a whole organisation', async () => {
      const call = apiClient(system.baseUrl);
      const token = await system.token('chef-1', 'chefgruppen');
      const tooLarge = {
        statusCode: 413,
        code: 'PAYLOAD_TOO_LARGE',
        message: 'Forespørgslen er for stor: højst 100 KB / The request is too large: at most 100 KB',
        details: { limitBytes: 100 * 1024 },
      };
      const command = { theme: 'x'.repeat(200 * 1024) };
      expect(await call('POST', '/cycles', { token, body: command })).toEqual({ status: 413, body: tooLarge });

      // Streamed without a length: the parser stops at the limit.
      const bytes = new TextEncoder().encode(JSON.stringify(command));
      const streamed = await fetch(`${system.baseUrl}/cycles`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: new ReadableStream({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 16 * 1024) controller.enqueue(bytes.subarray(at, at + 16 * 1024));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
      expect({ status: streamed.status, body: await streamed.json() }).toEqual({ status: 413, body: tooLarge });

      // A public route (the confirmation link) takes less still, from anyone.
      const confirmation = await call('POST', '/confirm/some-token', { body: { reflection: 'x'.repeat(40 * 1024) } });
      expect(confirmation.status).toBe(413);
      expect(confirmation.body).toMatchObject({ message: expect.stringContaining('højst 32 KB') });

      const organisation = organisationFixture(150, 17);
      expect(JSON.stringify(organisation).length).toBeGreaterThan(300 * 1024);
      const replaced = await call<{ people: unknown[] }>('PUT', '/organisation', { token, body: organisation });
      expect(replaced.status).toBe(200);
      expect(replaced.body.people).toHaveLength(150 * 17);

      const csv = organisationCsv(2_550);
      expect(csv.length).toBeGreaterThan(200 * 1024);
      const imported = await fetch(`${system.baseUrl}/organisation/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
        body: csv,
      });
      expect(imported.status).toBe(200);
      expect(((await imported.json()) as { organisation: { people: unknown[] } }).organisation.people).toHaveLength(
        2_550,
      );
    });
  });

  describe('slow connections', () => {
    let system: SystemUnderTest;
    beforeAll(async () => {
      system = await startSystem({
        pieces: ['api'],
        env: {
          HTTP_REQUEST_TIMEOUT_SECONDS: '2',
          HTTP_HEADERS_TIMEOUT_SECONDS: '1',
          HTTP_MAX_CONNECTIONS_PER_CLIENT: '5',
        },
      });
      systems.push(system);
    });

    /** Sends `piece` every 200 ms until the server closes the connection; how long that took, in ms. */
    async function trickle(connection: RawConnection, piece: string): Promise<number> {
      const started = Date.now();
      let sent = 0;
      const ticker = setInterval(() => {
        sent += 1;
        void connection.send(piece);
      }, 200);
      await connection.closed;
      clearInterval(ticker);
      expect(sent).toBeGreaterThan(3);
      return Date.now() - started;
    }

    it('cuts off a body trickling in after HTTP_REQUEST_TIMEOUT_SECONDS, with 408', async () => {
      const token = await system.token('chef-1', 'chefgruppen');
      const url = `${system.baseUrl}/cycles`;
      const connection = new RawConnection(url);
      await connection.send(
        requestHead('POST', url, {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': 100_000,
        }),
      );
      const lasted = await trickle(connection, '          ');
      expect(connection.response()?.status).toBe(408);
      // The timeout, plus at most one of the server's one-second checks.
      expect(lasted).toBeGreaterThanOrEqual(1_900);
      expect(lasted).toBeLessThan(4_000);
    });

    it('cuts off headers trickling in after HTTP_HEADERS_TIMEOUT_SECONDS, with 408', async () => {
      const connection = new RawConnection(system.baseUrl);
      await connection.send(`GET /api/health HTTP/1.1\r\nHost: localhost\r\n`);
      const lasted = await trickle(connection, 'X-Slow: 1\r\n');
      expect(connection.response()?.status).toBe(408);
      expect(lasted).toBeGreaterThanOrEqual(900);
      expect(lasted).toBeLessThan(3_000);
    });

    it('closes a client’s connections beyond HTTP_MAX_CONNECTIONS_PER_CLIENT as they open, and takes new ones once some close', async () => {
      const held = Array.from({ length: 5 }, () => new RawConnection(system.baseUrl));
      await Promise.all(held.map((connection) => connection.send('GET /api/health HTTP/1.1\r\n')));
      const sixth = new RawConnection(system.baseUrl);
      await sixth.closed;
      expect(sixth.response()).toBeUndefined();
      expect(held.some((connection) => connection.isClosed)).toBe(false);

      held.forEach((connection) => connection.destroy());
      await Promise.all(held.map((connection) => connection.closed));
      await until(
        async () => (await fetch(`${system.baseUrl}/health`).catch(() => undefined))?.status === 200,
        'a new connection',
      );
    });
  });

  it('after SIGTERM under keep-alive traffic: answers every request it had, closes the connections and exits within SHUTDOWN_DRAIN_SECONDS', async () => {
    const system = await startSystem({ pieces: ['api'], env: { SHUTDOWN_DRAIN_SECONDS: '3' } });
    systems.push(system);
    const token = await system.token('chef-1', 'chefgruppen');
    const { port } = new URL(system.baseUrl);

    interface Sent {
      readonly startedAt: number;
      status?: number;
      complete?: boolean;
      error?: string;
    }
    const sent: Sent[] = [];
    let running = true;
    /** One client on one kept-alive connection, sending its next request as soon as the last is answered. */
    const client = () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      return new Promise<void>((resolve) => {
        const next = (): void => {
          if (!running) return resolve();
          const record: Sent = { startedAt: Date.now() };
          sent.push(record);
          const headers = { authorization: `Bearer ${token}` };
          const request = get({ host: '127.0.0.1', port, path: '/api/cycles', agent, headers });
          request.on('response', (response) => {
            response.on('aborted', () => (record.error = 'aborted'));
            response.resume();
            response.on('end', () => {
              Object.assign(record, { status: response.statusCode, complete: response.complete });
              next();
            });
          });
          request.on('error', (error: NodeJS.ErrnoException) => {
            record.error = error.code;
            setTimeout(next, 20);
          });
        };
        next();
      });
    };
    const clients = Array.from({ length: 6 }, client);
    const command = (length: number) =>
      requestHead('POST', `${system.baseUrl}/cycles`, {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Content-Length': length,
      });
    // A request whose body is still on its way when the signal comes: it must get its answer.
    const halfSent = new RawConnection(system.baseUrl);
    await halfSent.send(command(15));
    await halfSent.send('{"theme":');
    // An upload that never ends: only the deadline closes it.
    const endless = new RawConnection(system.baseUrl);
    await endless.send(command(1000));
    await endless.send('{');
    await until(() => sent.filter((request) => request.status === 200).length >= 50, '50 answered requests');

    const signalledAt = Date.now();
    const stopped = system.stop();
    await until(() => system.logs().includes('SIGTERM: lukker'), 'the API to begin stopping');
    await halfSent.send('"x"}\r\n');
    const answer = await halfSent.answered;
    await stopped;
    const exitedAfter = Date.now() - signalledAt;
    running = false;
    await Promise.all(clients);

    expect(exitedAfter).toBeGreaterThanOrEqual(3_000);
    expect(exitedAfter).toBeLessThan(3_000 + 3_000);
    expect(answer).toMatchObject({ status: 400, headers: { connection: 'close' } });
    await endless.closed;
    expect(endless.response()).toBeUndefined();
    const before = sent.filter((request) => request.startedAt < signalledAt);
    expect(before.filter((request) => request.status !== 200 || !request.complete)).toEqual([]);
    // After it, a request fails only before the server read it: refused at connecting, or on a kept-alive connection
    // the server closed as idle. None is cut off in the middle of its answer.
    const after = sent.filter((request) => request.startedAt >= signalledAt);
    for (const request of after) {
      if (request.error === undefined) expect(request).toMatchObject({ status: 200, complete: true });
      else expect(request.error).toMatch(/^(ECONNREFUSED|ECONNRESET)$/);
    }
  });
});
