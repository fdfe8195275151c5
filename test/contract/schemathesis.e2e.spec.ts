import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '@ledelsesrum/auth';
import { cycleAtStage } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { appendContractSummary, CONTRACT_REPORT_DIR, resetContractSummaries } from '../support/contract-summary';
import { runSchemathesis } from '../support/schemathesis';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(300_000);

// g-1: p-1-1 facilitates p-1-1, p-1-2, p-1-3; g-2: p-2-1 facilitates p-2-1, p-2-2, p-2-3.
const ORG = organisationFixture(2, 3);

/** Each caller the API knows, and one it does not: the contract holds for all of them. */
const CALLERS: readonly { readonly name: string; readonly sub?: string; readonly role?: Role }[] = [
  { name: 'chefgruppen', sub: 'chef-1', role: 'chefgruppen' },
  { name: 'facilitator', sub: 'p-1-1', role: 'facilitator' },
  { name: 'leader', sub: 'p-1-2', role: 'leader' },
  { name: 'auditor', sub: 'revisor-1', role: 'auditor' },
  { name: 'no-token' },
];

describe('the API as its OpenAPI description says, tested from outside by Schemathesis', () => {
  let system: SystemUnderTest;
  let schemaFile: string;
  /** How many operations the description declares: the tool must test every one. */
  let operations: number;

  beforeAll(async () => {
    rmSync(CONTRACT_REPORT_DIR, { recursive: true, force: true });
    mkdirSync(CONTRACT_REPORT_DIR, { recursive: true });
    resetContractSummaries();
    // Every request must reach its route: the limits themselves are tested in test/e2e/limits.e2e.spec.ts.
    system = await startSystem({
      env: { RATE_LIMIT_CONFIRM_LINK_PER_MINUTE: '1000000', RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000000' },
    });
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    const put = await call('PUT', '/organisation', { token: chef, body: ORG });
    if (put.status !== 200) throw new Error(`organisation: ${put.status} ${JSON.stringify(put.body)}`);
    // A cycle with its agenda set, so reads of a cycle, its events and its state find one.
    await cycleAtStage(system, call, ORG.groups, 'agenda_set');
    const docs = await fetch(`${system.baseUrl}/docs-json`);
    if (docs.status !== 200) throw new Error(`/api/docs-json: ${docs.status}`);
    const description = (await docs.json()) as { paths: Record<string, Record<string, unknown>> };
    operations = Object.values(description.paths).flatMap((path) => Object.keys(path)).length;
    schemaFile = join(CONTRACT_REPORT_DIR, 'openapi.json');
    writeFileSync(schemaFile, JSON.stringify(description));
  });
  afterAll(async () => system?.stop());

  it.each(CALLERS)('as $name: every check passes on every operation', async (caller) => {
    const token = caller.sub && caller.role ? await system.token(caller.sub, caller.role) : undefined;
    const run = await runSchemathesis({
      schemaFile,
      baseUrl: system.webUrl,
      token,
      reportDir: join(CONTRACT_REPORT_DIR, caller.name),
    });
    appendContractSummary(caller.name, run.summary);
    // The whole output (every failure with its curl line) is in the report folder; the summary says what failed.
    if (run.exitCode !== 0) {
      throw new Error(`Schemathesis (${caller.name}) exit ${run.exitCode}, see ${run.outputFile}\n${run.summary}`);
    }
    expect(run.summary).toMatch(new RegExp(`^\\s*Tested: ${operations}$`, 'm'));
  });
});
