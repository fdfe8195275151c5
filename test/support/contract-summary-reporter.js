// Plain CommonJS: Jest loads reporters without transforming them.
'use strict';

const { existsSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const HEADING = 'Kontrakttest af API’et (Schemathesis) / The API’s contract tested from outside (Schemathesis)';

/**
 * Ends the test output with what the contract run found, per caller, just before Jest's own summary (registered
 * before `default` in jest.config.js, so its onRunComplete runs first). Prints nothing when the contract spec did not
 * run in this run.
 */
class ContractSummaryReporter {
  constructor(globalConfig) {
    // Where test/support/contract-summary.ts writes the summaries.
    this.file = join(globalConfig.rootDir, 'test-artifacts', 'schemathesis', 'summaries.txt');
    this.startedAt = Date.now();
  }

  onRunStart() {
    this.startedAt = Date.now();
  }

  onRunComplete() {
    if (!existsSync(this.file) || statSync(this.file).mtimeMs < this.startedAt) return;
    // Jest writes its own summary to stderr: the same stream keeps the order.
    process.stderr.write(`\n${HEADING}\n${'-'.repeat(HEADING.length)}${readFileSync(this.file, 'utf8')}\n`);
  }
}

module.exports = ContractSummaryReporter;
