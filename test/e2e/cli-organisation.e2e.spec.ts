import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { cliEnvFor, runCli } from '../support/cli';
import { MEETING_DATE } from '../support/dates';
import { apiClient } from '../support/http';

jest.setTimeout(180_000);

const CSV = [
  'id;navn;email;område_id;område;niveau;erfaren;leder_id;gruppe_id;gruppe;facilitator',
  'p-dir;Dorte Ærø;dorte@kommune.dk;social;Social og Sundhed;direktør;ja;;g-1;Gruppe 1;ja',
  'p-chef;Åge Øster;aage@kommune.dk;teknik;Teknik og Miljø;chef;ja;p-dir;g-2;Gruppe 2;ja',
  'p-a;Anne;anne@kommune.dk;social;Social og Sundhed;leder;nej;p-dir;g-1;Gruppe 1;',
  'p-b;Bent;bent@kommune.dk;teknik;Teknik og Miljø;leder;ja;p-chef;g-2;Gruppe 2;',
].join('\n');

/** The chefgruppen commands of the built CLI, each in its own process, against the running API. */
describe('the CLI for chefgruppen', () => {
  let system: SystemUnderTest;
  const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-cli-org-'));

  const cli = (...args: string[]) => runCli(args, cliEnvFor(system));
  const json = async (...args: string[]) => {
    const result = await cli(...args);
    if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed:\n${result.stderr}`);
    return JSON.parse(result.stdout);
  };

  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => system?.stop());

  it('imports a CSV file, and reports a bad one line by line with exit code 1', async () => {
    writeFileSync(join(folder, 'org.csv'), CSV);
    expect((await json('import', '--file', join(folder, 'org.csv'))).changes).toBe(8);
    writeFileSync(join(folder, 'bad.csv'), CSV.replace('p-a;Anne;anne@kommune.dk', 'p-a;Anne;ikke-en-mail'));
    const bad = await cli('import', '--file', join(folder, 'bad.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('HTTP 422 CSV_INVALID');
    expect(bad.stderr).toContain('linje/line 4, email');
  });

  it('composes a proposal, adopts it from a file, and exports and erases a person', async () => {
    const proposal = await json('compose', '--count', '2', '--seed', '3');
    expect(proposal.groups).toHaveLength(2);
    writeFileSync(join(folder, 'proposal.json'), JSON.stringify(proposal));
    const adopted = await json('adopt', '--file', join(folder, 'proposal.json'));
    expect(adopted.groups).toEqual(proposal.groups);

    expect((await json('export', '--person', 'p-b')).person).toMatchObject({ name: 'Bent' });
    expect((await json('erase', '--person', 'p-b')).name).toBe('[slettet / erased]');
    expect((await json('leave', '--person', 'p-b')).leftAt).toEqual(expect.any(String));
  });

  it('makes single changes: areas, people, groups, members and facilitators', async () => {
    expect(await json('area-add', '--id', 'kultur', '--name', 'Kultur')).toEqual({ id: 'kultur', name: 'Kultur' });
    expect((await json('area-rename', '--id', 'kultur', '--name', 'Kultur og Fritid')).name).toBe('Kultur og Fritid');
    const added = await json(
      'person-add',
      ...['--id', 'p-k', '--name', 'Kaj Ødum', '--email', 'kaj@kommune.dk', '--areaId', 'kultur'],
      ...['--level', 'chef', '--experienced', 'ja', '--managerId', 'p-dir', '--language', 'en'],
    );
    expect(added).toMatchObject({ id: 'p-k', name: 'Kaj Ødum', level: 'chef', experienced: true, managerId: 'p-dir' });
    expect(added.language).toBe('en');
    const changed = await json(
      'person-change',
      ...['--id', 'p-k', '--managerId', 'ingen', '--experienced', 'nej', '--language', 'da'],
    );
    expect(changed).toMatchObject({ id: 'p-k', experienced: false, language: 'da' });
    expect((await cli('person-change', '--id', 'p-k', '--language', 'fr')).stderr).toContain('--language: da');
    expect(changed).not.toHaveProperty('managerId');
    const group = await json(
      'group-create',
      '--id',
      'g-k',
      '--name',
      'Gruppe K',
      '--facilitatorId',
      'p-k',
      '--member',
      'p-a',
    );
    expect(group).toEqual({ id: 'g-k', name: 'Gruppe K', facilitatorId: 'p-k', memberIds: ['p-k', 'p-a'] });
    expect((await json('member-add', '--group', 'g-k', '--personId', 'p-chef')).memberIds).toEqual([
      'p-k',
      'p-a',
      'p-chef',
    ]);
    expect((await json('facilitator', '--group', 'g-k', '--facilitatorId', 'p-chef')).facilitatorId).toBe('p-chef');
    expect((await json('member-remove', '--group', 'g-k', '--person', 'p-a')).memberIds).toEqual(['p-k', 'p-chef']);
    const refused = await cli('facilitator', '--group', 'g-k', '--facilitatorId', 'p-a');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('HTTP 422 ORGANISATION_INVALID');
    expect(refused.stderr).toContain('chef eller direktør');
  });

  it('releases a leader from a round’s cascade and undoes the release, each with a reason', async () => {
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const launched = await call('POST', '/cycles', {
      token: chef,
      body: { theme: 'Trivsel', meetingDate: MEETING_DATE },
    });
    expect(launched.status).toBe(201);
    const cycleId: string = launched.body.id;
    const personId: string = (await call('GET', `/cycles/${cycleId}`, { token: chef })).body.cascades.pending[0];
    const cascade = ['--cycle', cycleId, '--person', personId];

    const released = await json('release', ...cascade, '--reason', 'Orlov');
    expect(released.cascades.released).toEqual([personId]);
    expect(released.cascades.pending).not.toContain(personId);
    const undone = await json('undo-release', ...cascade, '--reason', 'Fritaget ved en fejl');
    expect(undone.cascades.released).toEqual([]);
    expect(undone.cascades.pending).toContain(personId);
    const events = (await call('GET', `/cycles/${cycleId}/events`, { token: chef })).body as {
      type: string;
      data: Record<string, unknown>;
    }[];
    expect(events.filter((event) => event.type === 'CascadeReleaseUndone').map((event) => event.data)).toEqual([
      expect.objectContaining({ personId, undoneBy: 'cli' }),
    ]);

    // Undone already: the API's refusal, with its code, and exit code 1; without a reason nothing is sent.
    const again = await cli('undo-release', ...cascade, '--reason', 'Igen');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('HTTP 409 CASCADE_NOT_RELEASED');
    const noReason = await cli('undo-release', ...cascade);
    expect(noReason.status).toBe(1);
    expect(noReason.stderr).toContain('--reason mangler / --reason is missing');
  });

  it('says what is wrong with a missing flag, an unknown flag, or an API that does not answer', async () => {
    // (`export` without --person is the event export, so the missing flag is shown with `erase`.)
    expect((await cli('erase')).stderr).toContain('--person mangler / --person is missing');
    expect((await cli('export', '--person', 'p-a', '--colour', 'red')).stderr).toContain('colour');
    const down = await cli('export', '--person', 'p-a', '--api', 'http://127.0.0.1:9/api');
    expect(down.status).toBe(1);
    expect(down.stderr).toContain('API’et svarer ikke');
  });
});
