import { apiClient } from '../support/http';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const HEADER = 'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator';
const ROWS = [
  'p-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja',
  'p-chef;Åge Øster;aage@kommune.dk;teknik;Teknik og Miljø;chef;ja;p-dir;g-1;Gruppe 1;',
  'p-a;Anne;anne@kommune.dk;social;Social og Sundhed;leder;nej;p-dir;;;',
];
const csv = (rows: readonly string[]) => [HEADER, ...rows].join('\n');

/** The import's dry run over HTTP, and the import onto the version it saw (real API and SQLite). */
describe('POST /api/organisation/import/preview and ?version=', () => {
  let system: SystemUnderTest;
  let call: ReturnType<typeof apiClient>;
  let chef: string;

  const post = (path: string, body: string, token = chef) =>
    fetch(`${system.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body,
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as any }));
  const people = async () =>
    (await call<{ people: { id: string }[] }>('GET', '/organisation', { token: chef })).body.people.map(
      (person) => person.id,
    );

  beforeAll(async () => {
    system = await startSystem();
    call = apiClient(system.baseUrl);
    chef = await system.token('chef-1', 'chefgruppen');
  }, 120_000);
  afterAll(async () => system?.stop());

  it('answers what a file would change, by person, and records nothing', async () => {
    const preview = await post('/organisation/import/preview', csv(ROWS));
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      version: -1,
      changes: 6, // two areas, three people, one group
      added: [
        { id: 'p-dir', name: 'Dorte Ærø' },
        { id: 'p-chef', name: 'Åge Øster' },
        { id: 'p-a', name: 'Anne' },
      ],
      changed: [],
      leaving: [],
      groups: { created: ['g-1'], changed: [], dissolved: [] },
      managersWithReports: [{ groupId: 'g-1', managerId: 'p-dir', reportIds: ['p-chef'] }],
    });
    expect(await people()).toEqual([]);
  });

  it('imports onto the version the preview saw, and refuses a version someone changed since with 409', async () => {
    const first = await post('/organisation/import/preview', csv(ROWS));
    expect((await post(`/organisation/import?version=${first.body.version}`, csv(ROWS))).status).toBe(200);

    const onlyNew = csv(['p-new;Ny;ny@kommune.dk;social;Social og Sundhed;direktør;ja;;;;']);
    const preview = await post('/organisation/import/preview', onlyNew);
    expect(preview.body.leaving.map((person: { name: string }) => person.name)).toEqual([
      'Dorte Ærø',
      'Åge Øster',
      'Anne',
    ]);
    expect((await call('PATCH', '/people/p-a', { token: chef, body: { experienced: true } })).status).toBe(200);
    const stale = await post(`/organisation/import?version=${preview.body.version}`, onlyNew);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONCURRENT_MODIFICATION');
    expect(await people()).toEqual(['p-dir', 'p-chef', 'p-a']);
  });

  it('refuses a broken file with its lines, and anyone but chefgruppen', async () => {
    const broken = await post('/organisation/import/preview', csv([ROWS[0]!.replace('dorte@kommune.dk', 'dorte')]));
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('CSV_INVALID');
    const leader = await system.token('p-a', 'leader');
    expect((await post('/organisation/import/preview', csv(ROWS), leader)).status).toBe(403);
    expect((await post('/organisation/import?version=x', csv(ROWS))).status).toBe(400);
  });
});
