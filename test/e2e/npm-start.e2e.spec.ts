import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../infra/temporal-dev-server';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { MEETING_DATE } from '../support/dates';
import { interrupt, npmStart } from '../support/npm-start';

jest.setTimeout(240_000);

describe('npm start', () => {
  it('brings up Temporal, the worker and the API, prints the URLs, stops all on Ctrl-C, and keeps state across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-start-'));
    const [port, temporalPort, uiPort] = [await freePort(), await freePort(), await freePort()];
    const env = {
      DATA_DIR: dataDir,
      PORT: String(port),
      TEMPORAL_PORT: String(temporalPort),
      TEMPORAL_UI_PORT: String(uiPort),
      // Unset, so that npm start runs its own Temporal server and generates its own secret.
      TEMPORAL_ADDRESS: undefined,
      AUTH_JWT_SECRET: undefined,
    };
    const call = apiClient(`http://localhost:${port}/api`);

    const first = await npmStart(env);
    expect(first.output()).toContain(`http://localhost:${port}/api/docs`);
    expect(first.output()).toContain(`Webgrænseflade / Web interface:        http://localhost:${port}/`);
    expect(first.output()).toContain(`Hændelseslager / Event store:          sqlite ${join(dataDir, 'events.sqlite')}`);
    expect(first.output()).toContain(
      `Personnøgler / Person keys:            sqlite ${join(dataDir, 'personal-data-keys.sqlite')}`,
    );
    expect(first.output()).toContain(
      `Sessioner / Web sessions:              sqlite ${join(dataDir, 'sessions.sqlite')}`,
    );
    // The root URL is the web interface: its start page sends a visitor who is not signed in to the sign-in page.
    const root = await fetch(`http://localhost:${port}/`, { redirect: 'manual' });
    expect({ status: root.status, location: root.headers.get('location') }).toEqual({
      status: 303,
      location: '/log-ind',
    });
    expect(await (await fetch(`http://localhost:${port}/log-ind`)).text()).toContain('<h1>Log ind</h1>');
    expect(first.output()).toContain(`http://localhost:${uiPort}`);
    expect((await call('GET', '/health')).body).toMatchObject({ status: 'ok' });
    expect((await fetch(`http://localhost:${port}/api/docs`)).status).toBe(200);
    expect((await fetch(`http://localhost:${uiPort}`)).status).toBe(200);
    // The token comes from the secret generated into the data folder, as the CLI reads it.
    const { JwtTokens, resolveJwtSecret } = await import('@ledelsesrum/auth');
    const chef = await new JwtTokens(resolveJwtSecret(undefined, dataDir)).issue('chef-1', ['chefgruppen']);
    const org = organisationFixture(1, 2);
    expect((await call('PUT', '/organisation', { token: chef, body: org })).status).toBe(200);
    const launch = await call('POST', '/cycles', {
      token: chef,
      body: { theme: 'Trivsel', meetingDate: MEETING_DATE },
    });
    expect(launch.status).toBe(201);

    expect(await interrupt(first.child)).toBe(0);
    expect(first.output()).toContain('Alt er stoppet / Everything has stopped');
    await expect(fetch(`http://localhost:${port}/api/health`)).rejects.toThrow();
    for (const file of ['events.sqlite', 'personal-data-keys.sqlite', 'temporal.sqlite', 'jwt-secret']) {
      expect(existsSync(join(dataDir, file))).toBe(true);
    }

    // Started again on the same data folder: the organisation, the cycle and its running workflow are still there.
    const second = await npmStart(env);
    try {
      expect((await call('GET', '/organisation', { token: chef })).body.people).toHaveLength(2);
      expect((await call('GET', `/cycles/${launch.body.id}`, { token: chef })).body.stage).toBe('launched');
      const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] };
      const next = await call('PUT', `/cycles/${launch.body.id}/agenda`, { token: chef, body: agenda });
      expect(next.body).toMatchObject({ stage: 'agenda_set', revision: 1 });
    } finally {
      expect(await interrupt(second.child)).toBe(0);
    }
  });
});
