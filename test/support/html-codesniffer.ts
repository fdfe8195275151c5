import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../infra/repo-root';

/** HTML_CodeSniffer's browser build: the checker pa11y runs by default. */
const HTMLCS_SCRIPT = join(repoRoot(), 'node_modules', 'html_codesniffer', 'build', 'HTMLCS.js');

/** HTMLCS's message types: 1 error, 2 warning, 3 notice. Only errors are definite failures of a success criterion. */
const ERROR = 1;

interface Finding {
  readonly code: string;
  readonly msg: string;
  readonly element: string;
}

/**
 * Checks the page as it is now with HTML_CodeSniffer against WCAG 2 AA and fails on any error, naming its code (the
 * success criterion and technique), message and element. The script is added to the page, so the page's context must
 * be opened with `bypassCSP: true` (the pages allow no script of their own).
 */
export async function checkWithHtmlCodeSniffer(page: Page, name: string): Promise<void> {
  await page.addScriptTag({ path: HTMLCS_SCRIPT });
  const findings = await page.evaluate<Finding[]>(`new Promise((resolve) => {
    HTMLCS.process('WCAG2AA', document, () => {
      resolve(HTMLCS.getMessages()
        .filter((message) => message.type === ${ERROR})
        .map((message) => ({
          code: message.code,
          msg: message.msg,
          element: message.element && message.element.outerHTML ? message.element.outerHTML.slice(0, 200) : '',
        })));
    });
  })`);
  if (findings.length > 0) {
    const lines = findings.map((finding) => `${finding.code}: ${finding.msg}\n    ${finding.element}`);
    throw new Error(
      `${name} (${page.url()}) har HTML_CodeSniffer-fejl / has HTML_CodeSniffer errors:\n${lines.join('\n')}`,
    );
  }
}
