import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ConfirmLinks, type Role } from '@ledelsesrum/auth';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { ERASED } from '@ledelsesrum/domain';
import { repoRoot } from '../../infra/repo-root';
import { CASCADE, cycleUpToSummary } from '../support/cycle-over-http';
import { devSignIn } from '../support/dev-sign-in';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(240_000);

const NOTE = 'Birgitte i teamet græd, da vi talte om nedskæringerne';
const REASON = 'Langtidssygemeldt efter samtalen om hendes misbrug';
const REFLECTION = 'For os i Solsikken betyder det, at Karin og jeg deler vagterne anderledes';
const inDays = (days: number) => new Date(Math.floor(Date.now() / 1000 + days * 24 * 3600) * 1000);

interface OutboxMessage {
  readonly file: string;
  /** The file as stored, and as a mail client shows it (headers decoded, body out of quoted-printable). */
  readonly text: string;
}

/**
 * Erasure reaches a person's own words and every copy of their name and address: a leader confirms with a note,
 * chefgruppen releases another with a reason, both are erased. Over HTTP against the built API and worker and the
 * test Temporal server; then the event store's file, the cycle's Temporal history and the outbox are searched as
 * stored.
 */
describe('erasing people reaches their words, the outbox and Temporal', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let links: ConfirmLinks;
  let origin: string;
  let cycleId: string;
  let chef: string;
  let auditor: string;
  const org = organisationFixture(1, 5);
  // p-1-1 facilitates; p-1-2 confirms with a note and p-1-3 is released, both then erased; p-1-4 leaves.
  const [confirmer, released, leaver, reader] = ['p-1-2', 'p-1-3', 'p-1-4', 'p-1-5'];
  const person = (id: string) => org.people.find((candidate) => candidate.id === id)!;
  const secrets = () =>
    [NOTE, REASON, REFLECTION, ...[confirmer, released].flatMap((id) => [person(id).name, person(id).email])] as const;

  const link = (personId: string) => links.sign({ cycleId, personId, expiresAt: inDays(60) });
  const webPage = async (path: string, role: Role, personId?: string) => {
    const cookie = await devSignIn(origin, role, personId);
    const response = await fetch(`${origin}${path}`, { headers: { cookie } });
    return { status: response.status, html: await response.text() };
  };
  const outbox = async (): Promise<OutboxMessage[]> => {
    const folder = join(system.dataDir, 'outbox');
    if (!existsSync(folder)) return [];
    const files = readdirSync(folder).filter((name) => name.endsWith('.eml'));
    return Promise.all(
      files.map(async (name) => {
        const raw = readFileSync(join(folder, name));
        const mail = await simpleParser(raw);
        return { file: name, text: `${raw.toString('utf8')}\n${mail.to ? JSON.stringify(mail.to) : ''}\n${mail.text}` };
      }),
    );
  };
  const mentioning = (messages: OutboxMessage[], text: string) => messages.filter((m) => m.text.includes(text));
  /** The CLI on the system's data folder, reading the store directly as an auditor does. */
  const cli = (...args: string[]) => {
    const root = repoRoot();
    const { EVENT_STORE_URL: _ignored, ...env } = process.env;
    const main = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');
    return spawnSync(process.execPath, ['-r', join(root, 'infra', 'register-paths.js'), main, ...args], {
      env: { ...env, DATA_DIR: system.dataDir },
      encoding: 'utf8',
    });
  };

  beforeAll(async () => {
    system = await startSystem({ env: { CONFIRM_LINK_SECRET: '' } });
    call = apiClient(system.baseUrl);
    links = new ConfirmLinks(system.secret);
    origin = system.baseUrl.replace(/\/api$/, '');
    chef = await system.token('chef-1', 'chefgruppen');
    auditor = await system.token('auditor-1', 'auditor');
    cycleId = await cycleUpToSummary(system, call, org);
    // The summary round asks everyone to confirm: their names, addresses and links are now in the outbox.
    await until(
      async () => mentioning(await outbox(), person(released).email).length >= 2,
      'the summary and the request to confirm in the outbox',
    );
  });
  afterAll(async () => system?.stop());

  it('stores the note, the reflection and the reason sealed, and shows them to chefgruppen while the people exist', async () => {
    const confirmed = await call('POST', `/cycles/${cycleId}/cascades/${confirmer}`, {
      token: await system.token(confirmer, 'leader'),
      body: { ...CASCADE, note: NOTE },
    });
    expect(confirmed.status).toBe(200);
    const reflected = await call('PUT', `/cycles/${cycleId}/reflection`, {
      token: await system.token(confirmer, 'leader'),
      body: { text: REFLECTION },
    });
    expect(reflected).toMatchObject({ status: 200, body: { personId: confirmer, text: REFLECTION } });
    const release = await call('POST', `/cycles/${cycleId}/cascades/${released}/release`, {
      token: chef,
      body: { reason: REASON },
    });
    expect(release.status).toBe(200);

    const events = (await call('GET', `/cycles/${cycleId}/events`, { token: chef })).body as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(events.find((event) => event.type === 'CascadeConfirmed')?.data['note']).toBe(NOTE);
    expect(events.find((event) => event.type === 'CascadeReleased')?.data['reason']).toBe(REASON);
    expect(events.find((event) => event.type === 'ReflectionWritten')?.data['text']).toBe(REFLECTION);
    expect((await webPage(`/leder/cykler/${cycleId}`, 'leader', confirmer)).html).toContain(REFLECTION);
    const own = await call('GET', `/people/${confirmer}/export`, { token: await system.token(confirmer, 'leader') });
    expect(JSON.stringify(own.body)).toContain(NOTE);
    expect(storeBytes()).not.toContain(NOTE);
    expect(storeBytes()).not.toContain(REASON);
    expect(storeBytes()).not.toContain(REFLECTION);
  });

  it('refuses the links of a released person and of one who left with 410, on the API and the page', async () => {
    const releasedLink = await link(released);
    const api = await fetch(`${system.baseUrl}/confirm/${releasedLink}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(CASCADE),
    });
    expect(api.status).toBe(410);
    expect(await api.json()).toMatchObject({ code: 'CONFIRM_LINK_REVOKED' });
    const page = await fetch(`${origin}/bekraeft/${releasedLink}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('Linket virker ikke længere');
    expect(html).toContain('The link no longer works');

    expect((await call('POST', `/people/${leaver}/leave`, { token: chef })).status).toBe(200);
    const left = await call('POST', `/confirm/${await link(leaver)}`, { body: CASCADE });
    expect(left).toMatchObject({ status: 410, body: { code: 'CONFIRM_LINK_REVOKED' } });
    expect((await fetch(`${origin}/bekraeft/${await link(leaver)}`)).status).toBe(410);
  });

  it('shows a leader or facilitator the counts and only their own id, and chefgruppen and auditors everyone', async () => {
    const asLeader = (await call('GET', `/cycles/${cycleId}`, { token: await system.token(reader, 'leader') })).body;
    expect(asLeader.cascades).toEqual({ total: 5, confirmed: 1, released: [], pending: [reader] });
    const asFacilitator = await call('GET', `/cycles/${cycleId}`, {
      token: await system.token('p-1-1', 'facilitator'),
    });
    expect(asFacilitator.body.cascades).toEqual({ total: 5, confirmed: 1, released: [], pending: ['p-1-1'] });
    const listed = (await call('GET', '/cycles', { token: await system.token(reader, 'leader') })).body;
    expect(JSON.stringify(listed)).not.toMatch(/p-1-[1-4]/);
    for (const token of [chef, auditor]) {
      const full = (await call('GET', `/cycles/${cycleId}`, { token })).body;
      expect(full.cascades).toEqual({
        total: 5,
        confirmed: 1,
        released: [released],
        pending: ['p-1-1', leaver, reader],
      });
    }
    // The link's answer is the leader's own confirmation and the counts.
    const answer = await call('POST', `/confirm/${await link(reader)}`, { body: CASCADE });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).not.toMatch(/p-1-[1-4]/);
  });

  it('removes the outbox files of a person erased while the worker was down when it starts again', async () => {
    expect(mentioning(await outbox(), person(leaver).email).length).toBeGreaterThan(0);
    await system.kill('worker');
    expect((await call('DELETE', `/people/${leaver}/personal-data`, { token: chef })).status).toBe(200);
    await system.start('worker');
    await until(
      async () => mentioning(await outbox(), person(leaver).email).length === 0,
      'the files of the person erased meanwhile to leave the outbox',
    );
    expect(mentioning(await outbox(), person(reader).email).length).toBeGreaterThan(0);
  });

  it('reads their note, reason, name and e-mail as erased everywhere, and leaves them nowhere', async () => {
    for (const id of [confirmer, released]) {
      expect((await call('DELETE', `/people/${id}/personal-data`, { token: chef })).status).toBe(200);
    }

    // The API's answers.
    const events = (await call('GET', `/cycles/${cycleId}/events`, { token: chef })).body as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(events.find((event) => event.type === 'CascadeConfirmed')?.data['note']).toBe(ERASED);
    expect(events.find((event) => event.type === 'CascadeReleased')?.data['reason']).toBe(ERASED);
    expect(events.find((event) => event.type === 'ReflectionWritten')?.data['text']).toBe(ERASED);
    for (const id of [confirmer, released]) {
      const exported = await call('GET', `/people/${id}/export`, { token: chef });
      expect(exported.body.person).toMatchObject({ name: ERASED, email: ERASED });
      expectNone(JSON.stringify(exported.body), 'the right-of-access export');
    }
    expectNone(JSON.stringify((await call('GET', '/organisation', { token: chef })).body), 'the organisation');
    expectNone(JSON.stringify((await call('GET', `/cycles/${cycleId}`, { token: chef })).body), 'the cycle');

    // The web pages of chefgruppen, the auditor and the people's own.
    for (const [path, role, id] of [
      [`/chefgruppen/cykler/${cycleId}`, 'chefgruppen', undefined],
      ['/chefgruppen/organisation', 'chefgruppen', undefined],
      [`/revision/cykler/${cycleId}`, 'auditor', undefined],
      [`/leder/cykler/${cycleId}`, 'leader', confirmer],
    ] as const) {
      const page = await webPage(path, role, id);
      expect(page.status).toBe(200);
      expectNone(page.html, path);
    }

    // The audit export, a replay and a rebuilt projection.
    const exported = await fetch(`${system.baseUrl}/audit/export`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(exported.status).toBe(200);
    expectNone(await exported.text(), 'the audit export');
    const replayed = cli('replay', cycleId, '--json');
    expect(replayed.status).toBe(0);
    expectNone(replayed.stdout, 'the replay');
    expect((await call('POST', '/audit/projections/rebuild', { token: auditor })).status).toBe(200);
    expectNone(JSON.stringify((await call('GET', `/cycles/${cycleId}`, { token: auditor })).body), 'the rebuilt view');

    // The links of an erased person stop working.
    const erasedLink = await call('POST', `/confirm/${await link(confirmer)}`, { body: CASCADE });
    expect(erasedLink).toMatchObject({ status: 410, body: { code: 'CONFIRM_LINK_REVOKED' } });

    // The event store's file as stored (with its write-ahead log).
    expectNone(storeBytes(), 'the event store file');

    // The outbox: the worker removes their files when it sees the erasure; everyone else's stay.
    await until(async () => {
      const messages = await outbox();
      return secrets().every((secret) => mentioning(messages, secret).length === 0);
    }, 'the erased people’s files to leave the outbox');
    expect(mentioning(await outbox(), person(reader).email).length).toBeGreaterThan(0);
    // Every file the folder holds, the hidden ones (a message's claim is a second name for it) included.
    expectNone(
      readdirSync(join(system.dataDir, 'outbox'))
        .map((name) => readFileSync(join(system.dataDir, 'outbox', name)).toString('utf8'))
        .join(''),
      'the outbox folder',
    );

    // Temporal's history of the cycle's process, as the server stores it: every payload encrypted.
    const temporal = system.temporalClient();
    try {
      const history = await temporal.workflow.getHandle(cycleWorkflowId(cycleId)).fetchHistory();
      const payloads = payloadsIn(history);
      expect(payloads.length).toBeGreaterThan(0);
      for (const payload of payloads) {
        expect(Buffer.from(payload.metadata['encoding']!).toString()).toBe('binary/encrypted');
        const data = Buffer.from(payload.data).toString('latin1');
        for (const plain of [...secrets(), cycleId, confirmer, released]) expect(data).not.toContain(plain);
      }
      expectNone(JSON.stringify(history), 'the Temporal history');
    } finally {
      await temporal.connection.close();
    }

    // The hash chain still holds.
    const verified = await call('GET', '/audit/verify', { token: auditor });
    expect(verified).toMatchObject({ status: 200, body: { intact: true } });
  });

  function storeBytes(): string {
    const file = join(system.dataDir, 'events.sqlite');
    return [file, `${file}-wal`]
      .filter((path) => existsSync(path))
      .map((path) => readFileSync(path).toString('utf8'))
      .join('');
  }

  function expectNone(text: string, where: string): void {
    const found = secrets().filter((secret) => text.includes(secret));
    if (found.length > 0) throw new Error(`${where} still holds ${found.join(', ')}`);
  }
});

/** Every Temporal payload (an object with `metadata` and `data`) anywhere in a history. */
function payloadsIn(value: unknown): { metadata: Record<string, Uint8Array>; data: Uint8Array }[] {
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  const object = value as Record<string, unknown>;
  if (object['data'] instanceof Uint8Array && object['metadata'] && typeof object['metadata'] === 'object') {
    return [object as never];
  }
  return Object.values(object).flatMap(payloadsIn);
}
