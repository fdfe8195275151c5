import { request as httpRequest, type ClientRequest } from 'node:http';
import { commandEventCount, cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { devSignIn } from '../support/dev-sign-in';
import { groupSnapshots, organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';
import { justNow } from '../support/dates';

jest.setTimeout(240_000);

const HEADER = 'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator\n';
const PERSON = 'p-1;Åse Ærø;aase@kommune.dk;social;Social;chef;ja;;;;\n';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

/**
 * A CSV upload whose body the test sends in parts: the declared length goes with the headers, and `send` writes a part
 * when the test says, so the test knows the upload is under way while it watches another client.
 */
function streamedUpload(url: string, token: string, length: number) {
  let outgoing!: ClientRequest;
  const answer = new Promise<Answer>((resolve, reject) => {
    outgoing = httpRequest(
      url,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv', 'content-length': length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
  });
  return {
    answer,
    send: (part: Buffer) => new Promise<void>((resolve) => outgoing.write(part, () => resolve())),
    end: () => outgoing.end(),
  };
}

describe('limits on what one request may cost (real API and SQLite)', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let auditor: string;

  beforeAll(async () => {
    // The sign-in burst opens a connection per attempt: more than the per-client connection cap, which has a test of
    // its own (http-hostile-load.e2e.spec.ts) and would otherwise close some before the rate limit is reached.
    system = await startSystem({ pieces: ['api'], env: { HTTP_MAX_CONNECTIONS_PER_CLIENT: '200' } });
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
    auditor = await system.token('revisor-1', 'auditor');
  });
  afterAll(async () => system?.stop());

  /** Another client, reading the organisation over and over until `done`: every answer it got. */
  function otherClient(done: () => boolean) {
    const statuses: number[] = [];
    const finished = (async () => {
      while (!done()) statuses.push((await call('GET', '/organisation', { token: auditor })).status);
    })();
    return { statuses, finished };
  }

  it('refuses a 10 MB cell and a 1,000,000-row CSV with a clear error, answering another client meanwhile', async () => {
    const bigCell = Buffer.from(`${HEADER}p-1;${'x'.repeat(10 * 1024 * 1024)};a@kommune.dk;s;S;leder;nej;;;;\n`);
    // Rows as short as rows get, so a million of them fit in the 5 MB a file may take.
    const manyRows = Buffer.from(HEADER + 'p;x\n'.repeat(1_000_000));
    let uploadsDone = false;

    const other = otherClient(() => uploadsDone);
    let cellAnswer!: { status: number; text: string };
    let rowsAnswer!: Answer;
    let answeredBefore = 0;
    try {
      // The 10 MB file is over the import's 5 MB: the parser discards it as it comes, holding none of it.
      const cellAnswered = fetch(`${system.baseUrl}/organisation/import`, {
        method: 'POST',
        headers: { authorization: `Bearer ${chef}`, 'content-type': 'text/csv' },
        body: bigCell,
      }).then(async (response) => ({ status: response.status, text: await response.text() }));

      // The million rows fit in the file size: half of them are sent, the other client is answered, then the rest.
      const rows = streamedUpload(`${system.baseUrl}/organisation/import`, chef, manyRows.length);
      await rows.send(manyRows.subarray(0, Math.floor(manyRows.length / 2)));
      answeredBefore = other.statuses.length;
      await until(() => other.statuses.length > answeredBefore + 2, 'the other client to be answered mid-upload');
      await rows.send(manyRows.subarray(Math.floor(manyRows.length / 2)));
      rows.end();
      [rowsAnswer, cellAnswer] = [await rows.answer, await cellAnswered];
    } finally {
      uploadsDone = true;
      await other.finished;
    }

    expect(cellAnswer.status).toBe(413);
    expect(JSON.parse(cellAnswer.text)).toEqual({
      statusCode: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Forespørgslen er for stor: højst 5 MB / The request is too large: at most 5 MB',
      details: { limitBytes: 5 * 1024 * 1024 },
    });
    expect(rowsAnswer.status).toBe(422);
    // One problem: reading stopped at the first row too many, rather than judging a million rows.
    expect(JSON.parse(rowsAnswer.text)).toMatchObject({
      code: 'CSV_INVALID',
      details: {
        problems: [
          {
            line: 10_002,
            message:
              'Filen har mere end 10.000 rækker; højst 10.000 kan indlæses (ORGANISATION_IMPORT_MAX_ROWS) / ' +
              'The file has more than 10,000 rows; at most 10,000 can be imported (ORGANISATION_IMPORT_MAX_ROWS)',
          },
        ],
      },
    });
    expect(other.statuses.length).toBeGreaterThan(answeredBefore + 2);
    expect(new Set(other.statuses)).toEqual(new Set([200]));
    expect((await call('GET', '/organisation', { token: chef })).body).toMatchObject({ people: [] });
  });

  it('refuses a cell over 1,000 characters in a file within the size, at its line and column', async () => {
    const response = await fetch(`${system.baseUrl}/organisation/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${chef}`, 'content-type': 'text/csv' },
      body: `${HEADER}${PERSON}p-2;${'y'.repeat(1024 * 1024)};b@kommune.dk;social;Social;leder;nej;;;;\n`,
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      code: 'CSV_INVALID',
      details: {
        problems: [
          {
            line: 3,
            column: 'navn',
            message: 'feltet er længere end 1000 tegn / the field is longer than 1000 characters',
          },
        ],
      },
    });
  });

  it('answers 100 sign-in attempts in a burst with 429 and Retry-After after the first 20, on a page', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 100 }, () =>
        fetch(`${system.webUrl}/log-ind`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'role=chefgruppen',
        }).then(async (response) => ({
          status: response.status,
          retryAfter: response.headers.get('retry-after'),
          text: await response.text(),
        })),
      ),
    );
    const refused = attempts.filter((attempt) => attempt.status === 429);
    expect(attempts.length - refused.length).toBe(20);
    expect(attempts.filter((attempt) => attempt.status !== 429).every((attempt) => attempt.retryAfter === null)).toBe(
      true,
    );
    for (const attempt of refused) {
      expect(Number(attempt.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(attempt.retryAfter)).toBeLessThanOrEqual(60);
      expect(attempt.text).toContain('For mange forsøg');
    }
    // The provider sign-in is the same way in, counted with it.
    const oidc = await fetch(`${system.webUrl}/log-ind/oidc`, { redirect: 'manual' });
    expect(oidc.status).toBe(429);
    // The API is counted apart, per person.
    expect((await call('GET', '/organisation', { token: chef })).status).toBe(200);
  });

  it('limits the confirmation links per client: JSON under /api, a page at /bekraeft', async () => {
    const answers = await Promise.all(
      Array.from({ length: 70 }, () => call('GET', '/confirm/not-a-token').then((answer) => answer.status)),
    );
    expect(answers.filter((status) => status === 404)).toHaveLength(60);
    expect(answers.filter((status) => status === 429)).toHaveLength(10);
    const refused = await fetch(`${system.baseUrl}/confirm/not-a-token`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: expect.stringMatching(/^For mange forespørgsler; prøv igen om \d+ sekunder \/ Too many requests; try/),
      details: { retryAfterSeconds: expect.any(Number) },
    });
    const page = await fetch(`${system.webUrl}/bekraeft/not-a-token`);
    expect(page.status).toBe(429);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Vent');
  });

  it('refuses a command that would record more than 64 KB with 413 COMMAND_TOO_LARGE, storing nothing', async () => {
    const org = organisationFixture(1, 3);
    expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    const [group] = groupSnapshots(org);
    const cycleId = await cycleAtStage(system, call, [group!], 'prep_sent');
    const before = await commandEventCount(call, chef, cycleId);
    // Within what the meeting form takes (50 points of up to 10,000 characters), beyond what one command may record.
    const meeting = {
      heldAt: justNow(),
      attendeeIds: group!.memberIds,
      keyPoints: Array.from({ length: 20 }, () => 'æ'.repeat(2_000)),
      inputToChefgruppen: [],
    };

    const refused = await call('POST', `/cycles/${cycleId}/meetings/${group!.id}`, { token: chef, body: meeting });

    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({
      statusCode: 413,
      code: 'COMMAND_TOO_LARGE',
      message: expect.stringContaining('RecordMeeting ville fylde'),
      details: { command: 'RecordMeeting', limit: 65_536 },
    });
    expect(await commandEventCount(call, chef, cycleId)).toBe(before);
    const sane = { ...meeting, keyPoints: ['Vi deler viden på tværs'] };
    expect((await call('POST', `/cycles/${cycleId}/meetings/${group!.id}`, { token: chef, body: sane })).status).toBe(
      200,
    );
  });
});

describe('the API’s limit per person (real API, RATE_LIMIT_API_PER_SECOND=5)', () => {
  let system: SystemUnderTest;

  beforeAll(async () => {
    system = await startSystem({ pieces: ['api'], env: { RATE_LIMIT_API_PER_SECOND: '5' } });
  });
  afterAll(async () => system?.stop());

  it('answers a person over the limit with 429, Retry-After and the API’s error body, and another person as usual', async () => {
    const call = apiClient(system.baseUrl);
    const [busy, calm] = [await system.token('chef-1', 'chefgruppen'), await system.token('chef-2', 'chefgruppen')];
    const burst = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${system.baseUrl}/organisation`, { headers: { authorization: `Bearer ${busy}` } }).then(
          async (response) => ({
            status: response.status,
            retryAfter: response.headers.get('retry-after'),
            body: (await response.json()) as unknown,
          }),
        ),
      ),
    );
    const refused = burst.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.filter((answer) => answer.status !== 429).every((answer) => answer.status === 200)).toBe(true);
    expect(refused[0]).toEqual({
      status: 429,
      retryAfter: '1',
      body: {
        statusCode: 429,
        code: 'TOO_MANY_REQUESTS',
        message: 'For mange forespørgsler; prøv igen om 1 sekunder / Too many requests; try again in 1 seconds',
        details: { retryAfterSeconds: 1 },
      },
    });
    // Another person from the same address has a count of their own.
    expect((await call('GET', '/organisation', { token: calm })).status).toBe(200);
  });

  it('counts a web page’s requests per signed-in person too: the session is read before the limit', async () => {
    const [busy, calm] = [await devSignIn(system.webUrl, 'chefgruppen'), await devSignIn(system.webUrl, 'auditor')];
    const open = (path: string, cookie: string) =>
      fetch(`${system.webUrl}${path}`, { headers: { cookie }, redirect: 'manual' });
    const burst = await Promise.all(
      Array.from({ length: 50 }, () =>
        open('/chefgruppen', busy).then(async (response) => ({ status: response.status, text: await response.text() })),
      ),
    );
    const refused = burst.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(burst.filter((answer) => answer.status !== 429).every((answer) => answer.status === 200)).toBe(true);
    expect(refused[0]!.text).toContain('For mange forsøg');
    // Counted by the address, as it would be were the session read after the limit, this would be refused too.
    expect((await open('/revision', calm)).status).toBe(200);
  });
});
