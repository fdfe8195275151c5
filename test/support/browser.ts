import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { repoRoot } from '../../infra/repo-root';

/** Where the browser tests leave a screenshot of every page they check (kept by CI as artifacts). */
export const SCREENSHOT_DIR = join(repoRoot(), 'test-artifacts', 'screenshots');

/** The rules of WCAG 2.0 and 2.1 at levels A and AA: what Danish law requires of public bodies' web applications. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Viewports the tests use: a desktop, and a phone (leaders confirm from their phone). */
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/**
 * Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium), headless. playwright-core downloads no browser; the flags
 * keep Chromium from calling home, which this machine's closed network refuses.
 */
export async function launchBrowser(options: { readonly uiLanguage?: string } = {}): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  // The browser's own language (`--lang`) decides how native widgets and validation bubbles speak.
  const language = options.uiLanguage ? [`--lang=${options.uiLanguage}`] : [];
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...language,
      ],
    });
  } catch (error) {
    throw new Error(
      `Chromium kunne ikke startes fra ${executablePath} / Chromium could not be started from ${executablePath}. ` +
        `Kør / Run: npm run setup (som root / as root), eller / or apt-get install chromium, eller sæt / or set ` +
        `CHROMIUM_PATH.\n${(error as Error).message}`,
    );
  }
}

/** A fresh browser profile (no cookies) at the given size, Danish like the people who use it. */
export function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
}

/**
 * A browser profile as a person with an English browser has it (`en-US`), in which the checkers may add their script
 * to the page (`bypassCSP`): for the accessibility checks only, never for a test of what the page itself does.
 */
export function newCheckingContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'en-US', timezoneId: 'Europe/Copenhagen', bypassCSP: true });
}

/**
 * Checks the page as it is now with axe-core against WCAG 2.1 AA and fails on any violation, naming each rule, its
 * help and the offending elements; then saves a full-page screenshot as `<name>.png`.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  if (violations.length > 0) {
    throw new Error(`${name} (${page.url()}) bryder WCAG 2.1 AA / violates WCAG 2.1 AA:\n${violations.join('\n')}`);
  }
}

/** Signs in through the development sign-in page as `role`, as `personId` when given; ends on the role's start page. */
export async function signIn(page: Page, webUrl: string, role: string, personId?: string): Promise<void> {
  await page.goto(`${webUrl}/log-ind`);
  await page.selectOption('#role', role);
  if (personId !== undefined) await page.selectOption('#personId', personId);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/log-ind'),
    page.click('form[action="/log-ind"] button[type=submit]'),
  ]);
}

/** An element's text as a reader sees it: the markup's line breaks and indentation are one space. */
export async function shownText(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
