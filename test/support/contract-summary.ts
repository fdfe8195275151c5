import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';

/** Where the contract run keeps its reports (git-ignored). */
export const CONTRACT_REPORT_DIR = join(repoRoot(), 'test-artifacts', 'schemathesis');

/** The summaries of this run, one per caller, for test/support/contract-summary-reporter.js to print at the end. */
export const CONTRACT_SUMMARY_FILE = join(CONTRACT_REPORT_DIR, 'summaries.txt');

export function resetContractSummaries(): void {
  rmSync(CONTRACT_SUMMARY_FILE, { force: true });
}

export function appendContractSummary(caller: string, summary: string): void {
  appendFileSync(CONTRACT_SUMMARY_FILE, `\n--- ${caller} ---\n${summary.trimEnd()}\n`);
}

/** What the spec wrote in this run, or undefined when it did not run. */
export function readContractSummaries(): string | undefined {
  return existsSync(CONTRACT_SUMMARY_FILE) ? readFileSync(CONTRACT_SUMMARY_FILE, 'utf8') : undefined;
}
