import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '@ledelsesrum/organisation-csv';
import { repoRoot } from '../../infra/repo-root';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(180_000);

const FIELDS = [
  'position',
  'streamId',
  'revision',
  'id',
  'type',
  'recordedAt',
  'data',
  'metadata',
  'hash',
  'chainHash',
];
const SHA256 = /^[0-9a-f]{64}$/;

interface Exported {
  position: number;
  streamId: string;
  revision: number;
  id: string;
  type: string;
  recordedAt: string;
  data: unknown;
  metadata: Record<string, unknown>;
  hash: string;
  chainHash: string;
}

/** A whole cycle over HTTP, then its events exported through the API and the built CLI, as an auditor would. */
describe('exporting the events', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let auditor: string;
  let cycleId: string;
  const org = organisationFixture(2, 2);

  /** GET /api/audit/export as text, with the headers that matter. */
  const download = async (query: string, token = auditor) => {
    const response = await fetch(`${system.baseUrl}/audit/export${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      bytes,
      text: bytes.toString('utf8'),
    };
  };
  const lines = (text: string): Exported[] =>
    text
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line));
  /** The built CLI on the system's data folder, reading the store directly. */
  const cli = (...args: string[]) => {
    const root = repoRoot();
    const { EVENT_STORE_URL: _ignored, ...env } = process.env;
    const main = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');
    const result = spawnSync(process.execPath, ['-r', join(root, 'infra', 'register-paths.js'), main, ...args], {
      env: { ...env, DATA_DIR: system.dataDir },
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    auditor = await system.token('revisor-1', 'auditor');
    const chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: org });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
    cycleId = await cycleAtStage(system, call, org.groups, 'completed');
    // The workflow sends its prep and summary rounds at its own pace; the export is taken once they are stored.
    await until(async () => {
      const events = (await call('GET', `/cycles/${cycleId}/events`, { token: auditor })).body as { type: string }[];
      return events.filter((event) => event.type === 'NoticeRoundCompleted').length === 2;
    }, 'the prep and summary rounds');
  });
  afterAll(async () => system?.stop());

  it('streams one cycle as JSON Lines that equal GET /api/cycles/:id/events, with both hashes', async () => {
    const response = await download(`?stream=cycle-${cycleId}`);
    expect(response.status).toBe(200);
    expect(response.type).toMatch(/^application\/x-ndjson/);
    expect(response.disposition).toMatch(
      new RegExp(`^attachment; filename="ledelsesrum-events-cycle-${cycleId}-.+\\.jsonl"$`),
    );
    const exported = lines(response.text);
    const history = (await call('GET', `/cycles/${cycleId}/events`, { token: auditor })).body as {
      id: string;
      type: string;
      revision: number;
      recordedAt: string;
      data: unknown;
      actor: { id: string | null };
    }[];

    expect(exported.length).toBe(history.length);
    expect(exported.map((event) => Object.keys(event))).toEqual(exported.map(() => FIELDS));
    expect(
      exported.map(({ id, type, revision, recordedAt, data }) => ({ id, type, revision, recordedAt, data })),
    ).toEqual(history.map(({ id, type, revision, recordedAt, data }) => ({ id, type, revision, recordedAt, data })));
    expect(exported.map((event) => event.metadata['actorId'] ?? null)).toEqual(history.map((event) => event.actor.id));
    expect(exported.every((event) => SHA256.test(event.hash) && SHA256.test(event.chainHash))).toBe(true);
    expect(exported.every((event) => event.streamId === `cycle-${cycleId}`)).toBe(true);
  });

  it('streams the whole log in global order, names and e-mails only encrypted, and a time window of it', async () => {
    const all = lines((await download('')).text);
    expect(all.map((event) => event.position)).toEqual(all.map((_event, index) => index + 1));
    expect(new Set(all.map((event) => event.streamId))).toEqual(new Set(['organisation', `cycle-${cycleId}`]));
    expect(JSON.stringify(all)).not.toContain('@kommune.dk');

    // From the 3rd event's time (included) to the last event's (not included).
    const [from, to] = [all[2]!.recordedAt, all[all.length - 1]!.recordedAt];
    const window = lines((await download(`?from=${from}&to=${to}`)).text);
    const expected = all.filter((event) => event.recordedAt >= from && event.recordedAt < to);
    expect(window.length).toBeGreaterThan(0);
    expect(window).toEqual(expected);
  });

  it('streams CSV with a BOM and a header, that parses back into the same events', async () => {
    const [csv, jsonl] = [
      await download(`?format=csv&stream=cycle-${cycleId}`),
      await download(`?stream=cycle-${cycleId}`),
    ];
    expect(csv.status).toBe(200);
    expect(csv.type).toBe('text/csv; charset=utf-8');
    expect(csv.disposition).toMatch(/filename="ledelsesrum-events-cycle-.+\.csv"$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = parseCsv(csv.text.slice(1), ',');
    expect(parsed.unclosedQuoteAt).toBeUndefined();
    const [header, ...rows] = parsed.rows.map((row) => row.fields);
    expect(header).toEqual(FIELDS);
    const fromCsv = rows.map((cells) => {
      const value = (field: string) => cells[FIELDS.indexOf(field)]!;
      return {
        position: Number(value('position')),
        streamId: value('streamId'),
        revision: Number(value('revision')),
        id: value('id'),
        type: value('type'),
        recordedAt: value('recordedAt'),
        data: JSON.parse(value('data')),
        metadata: JSON.parse(value('metadata')),
        hash: value('hash'),
        chainHash: value('chainHash'),
      };
    });
    expect(fromCsv).toEqual(lines(jsonl.text));
  });

  it('refuses what it cannot export with 400 (422 for a window that ends before it starts), and everyone but an auditor with 403', async () => {
    for (const query of [
      '?format=xml',
      '?stream=people',
      '?colour=red',
      '?from=2027-03-11T09:00:00',
      '?from=2027-02-30T00:00:00Z',
    ]) {
      expect({ query, status: (await download(query)).status }).toEqual({ query, status: 400 });
    }
    // Each parameter is well formed; together they select nothing: a window that ends where it starts.
    const empty = await download('?from=2027-03-11T09:00:00Z&to=2027-03-11T09:00:00Z');
    expect(empty.status).toBe(422);
    expect((await download('', await system.token('chef-1', 'chefgruppen'))).status).toBe(403);
  });

  it('exports the same bytes with the CLI, to stdout or to a file, and refuses bad options with exit code 2', async () => {
    const api = await download(`?format=csv&stream=cycle-${cycleId}`);
    const file = join(mkdtempSync(join(tmpdir(), 'ledelsesrum-export-e2e-')), 'cycle.csv');
    const toFile = cli('export', '--format', 'csv', '--stream', `cycle-${cycleId}`, '--out', file);
    expect(toFile.status).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toContain(file);
    expect(readFileSync(file)).toEqual(api.bytes);

    const toStdout = cli('export');
    expect(toStdout.status).toBe(0);
    expect(toStdout.stdout).toBe((await download('')).text);

    for (const args of [
      ['--format', 'xml'],
      ['--stream', 'people'],
      ['--colour', 'red'],
      ['--from', 'i går'],
      ['--to'],
    ]) {
      const refused = cli('export', ...args);
      expect({ args, status: refused.status }).toEqual({ args, status: 2 });
      expect(refused.stderr).toContain('Brug / Usage');
    }
  });
});
