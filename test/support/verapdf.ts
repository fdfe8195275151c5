import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../infra/repo-root';

/** A rule of the PDF/A profile that a file breaks, as veraPDF names it (e.g. ISO 19005-2:2011 6.2.11.4.1 test 1). */
export interface FailedRule {
  readonly clause: string;
  readonly testNumber: number;
  readonly description: string;
  readonly failedChecks: number;
}

export interface PdfaVerdict {
  readonly file: string;
  readonly compliant: boolean;
  /** The profile it was checked against, e.g. "PDF/A-2A validation profile". */
  readonly profile: string;
  readonly failedRules: readonly FailedRule[];
}

/** A flavour of veraPDF's built-in profiles: the part and the conformance level, e.g. '2a'. */
export type PdfaFlavour = '1a' | '1b' | '2a' | '2b' | '2u' | '3a' | '3b' | '3u';

const LIB = join(repoRoot(), '.tools', 'verapdf', 'lib');

export const VERAPDF_INSTALL_HELP =
  `veraPDF mangler i / is missing from ${LIB}: kør / run npm run setup (det kræver Java 17 og Maven / it needs Java 17 ` +
  'and Maven)';

interface ValidationResult {
  readonly compliant: boolean;
  readonly profileName: string;
  readonly details: {
    readonly ruleSummaries: readonly {
      readonly clause: string;
      readonly testNumber: number;
      readonly description: string;
      readonly failedChecks: number;
    }[];
  };
}

interface VerapdfReport {
  readonly report: {
    readonly jobs: readonly {
      readonly itemDetails: { readonly name: string };
      readonly validationResult?: readonly ValidationResult[];
    }[];
  };
}

/**
 * Validates PDF files against a PDF/A flavour with veraPDF's command line (`npm run setup` installs it in
 * .tools/verapdf), all in one Java process: starting the JVM costs more than checking a short document. A file veraPDF
 * could not read at all is not compliant, with no rules named.
 */
export async function validatePdfa(files: readonly string[], flavour: PdfaFlavour): Promise<PdfaVerdict[]> {
  if (!existsSync(LIB)) throw new Error(VERAPDF_INSTALL_HELP);
  const args = ['-cp', `${LIB}/*`, 'org.verapdf.apps.GreenfieldCliWrapper', '--format', 'json'];
  const output = await run('java', [...args, '--flavour', flavour, '--maxfailuresdisplayed', '1', ...files]);
  const report = JSON.parse(output) as VerapdfReport;
  return files.map((file) => {
    const job = report.report.jobs.find((candidate) => candidate.itemDetails.name === file);
    const result = job?.validationResult?.[0];
    if (!result) return { file, compliant: false, profile: '', failedRules: [] };
    return {
      file,
      compliant: result.compliant,
      profile: result.profileName,
      failedRules: result.details.ruleSummaries.map(({ clause, testNumber, description, failedChecks }) => ({
        clause,
        testNumber,
        description,
        failedChecks,
      })),
    };
  });
}

function run(command: string, args: readonly string[]): Promise<string> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // veraPDF exits non-zero when a file is not compliant: the report says which, so only a missing report is an error.
    child.once('exit', (code) => {
      if (stdout.trimStart().startsWith('{')) resolve(stdout);
      else reject(new Error(`veraPDF (exit ${code}): ${stderr || stdout}`));
    });
  });
}
