import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';

export interface SchemathesisRun {
  readonly exitCode: number | null;
  /** Its closing summary: operations, test cases and every check with its counts. */
  readonly summary: string;
  /** Everything the tool printed, beside its JUnit XML and NDJSON reports. */
  readonly outputFile: string;
}

export interface SchemathesisOptions {
  readonly schemaFile: string;
  /** The origin: the description's paths begin with /api. */
  readonly baseUrl: string;
  /** The bearer token every request carries; none for a caller without one. */
  readonly token?: string;
  /** Where its JUnit XML and NDJSON reports go. */
  readonly reportDir: string;
}

/**
 * `schemathesis run` from .tools/venv (`npm run setup` installs it), with every check and every phase; how much it
 * generates is set in schemathesis.toml at the repository's root, where it runs.
 */
export function runSchemathesis(options: SchemathesisOptions): Promise<SchemathesisRun> {
  const args = [
    'run',
    options.schemaFile,
    '--url',
    options.baseUrl,
    '--checks',
    'all',
    '--report',
    'junit,ndjson',
    '--report-dir',
    options.reportDir,
    '--no-color',
    ...(options.token ? ['--header', `Authorization: Bearer ${options.token}`] : []),
  ];
  const child = spawn(join(repoRoot(), '.tools', 'venv', 'bin', 'schemathesis'), args, {
    cwd: repoRoot(),
    // Hypothesis keeps its own folder where it runs unless told: with the reports, not in the repository.
    env: {
      ...process.env,
      NO_COLOR: '1',
      COLUMNS: '120',
      HYPOTHESIS_STORAGE_DIRECTORY: join(options.reportDir, 'hypothesis'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (exitCode) => {
      const outputFile = join(options.reportDir, 'output.txt');
      mkdirSync(options.reportDir, { recursive: true });
      writeFileSync(outputFile, output);
      const summary = `${summaryOf(output)}\n${checkCounts(options.reportDir)}`;
      resolve({ exitCode, summary, outputFile });
    });
  });
}

interface CheckResult {
  readonly name: string;
  readonly status: string;
}

/**
 * How often each check passed and failed over every test case, from the run's NDJSON events: the tool's own summary
 * counts only the failures.
 */
function checkCounts(reportDir: string): string {
  const file = readdirSync(reportDir).find((name) => name.endsWith('.ndjson'));
  if (!file) return '';
  const counts = new Map<string, { passed: number; failed: number }>();
  for (const line of readFileSync(join(reportDir, file), 'utf8').split('\n')) {
    if (!line.includes('"ScenarioFinished"')) continue;
    const finished = (
      JSON.parse(line) as { ScenarioFinished: { recorder: { checks?: Record<string, CheckResult[]> } } }
    ).ScenarioFinished;
    for (const results of Object.values(finished.recorder.checks ?? {})) {
      for (const { name, status } of results) {
        const count = counts.get(name) ?? { passed: 0, failed: 0 };
        if (status === 'success') count.passed += 1;
        else if (status === 'failure') count.failed += 1;
        counts.set(name, count);
      }
    }
  }
  const width = Math.max(0, ...[...counts.keys()].map((name) => name.length));
  const rows = [...counts].map(
    ([name, { passed, failed }]) =>
      `  ${failed ? '✗' : '✓'} ${name.padEnd(width)}  ${passed} ok, ${failed} fejl / failed`,
  );
  return ['Tjek / Checks:', ...rows].join('\n');
}

/**
 * The tool's closing summary, from its "SUMMARY" heading to the end, without its "==== … ====" banner lines: they have
 * the shape of another test runner's closing line ("== 2 warnings in 24.12s =="), and the test output must end with
 * Jest's summary alone.
 */
function summaryOf(output: string): string {
  const start = output.search(/^=+ SUMMARY =+$/m);
  const tail = start < 0 ? output.split('\n').slice(-20).join('\n') : output.slice(start);
  return tail
    .split('\n')
    .filter((line) => !/^=+( .* =+)?$/.test(line.trim()))
    .join('\n')
    .trim();
}
