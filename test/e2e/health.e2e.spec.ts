import { freePort } from '../../infra/temporal-dev-server';
import { apiClient } from '../support/http';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(120_000);

describe('GET /api/health (no token needed)', () => {
  const systems: SystemUnderTest[] = [];
  afterAll(async () => Promise.all(systems.map((system) => system.stop())));

  it('answers 200 when Temporal and the event store are reachable', async () => {
    const system = await startSystem({ pieces: ['api'] });
    systems.push(system);
    const health = await apiClient(system.baseUrl)('GET', '/health');
    expect(health).toEqual({
      status: 200,
      body: {
        status: 'ok',
        temporal: { reachable: true },
        eventStore: { kind: 'sqlite', reachable: true },
        personalDataKeys: { kind: 'sqlite', reachable: true },
      },
    });
  });

  it('answers 503 and names Temporal when nothing listens at its address', async () => {
    const nobody = `127.0.0.1:${await freePort()}`;
    const system = await startSystem({ pieces: ['api'], env: { TEMPORAL_ADDRESS: nobody } });
    systems.push(system);
    const health = await apiClient(system.baseUrl)('GET', '/health');
    expect(health).toEqual({
      status: 503,
      body: {
        status: 'degraded',
        temporal: { reachable: false },
        eventStore: { kind: 'sqlite', reachable: true },
        personalDataKeys: { kind: 'sqlite', reachable: true },
      },
    });
  });
});
