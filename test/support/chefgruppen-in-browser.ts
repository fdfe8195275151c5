import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, signIn } from './browser';
import { apiClient } from './http';
import { startSystem, type SystemOptions, type SystemUnderTest } from './system-under-test';

/** What a browser test of chefgruppen's pages starts from. */
export interface ChefgruppenInBrowser {
  /** A fresh system: its own data folder, store and task queue, an empty organisation. */
  readonly system: SystemUnderTest;
  readonly browser: Browser;
  /** A page signed in as chefgruppen (on chefgruppen's start page), in a Danish desktop browser. */
  readonly page: Page;
  /** The API, to set the scene and to read back what the pages did. */
  readonly call: ReturnType<typeof apiClient>;
  /** Chefgruppen's bearer token for `call`. */
  readonly chefToken: string;
}

/** Starts the system and Chromium and signs a page in as chefgruppen; closes what it started if any step fails. */
export async function startChefgruppenInBrowser(options: SystemOptions = {}): Promise<ChefgruppenInBrowser> {
  const system = await startSystem(options);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const page = await (await newContext(browser)).newPage();
    await signIn(page, system.webUrl, 'chefgruppen');
    const chefToken = await system.token('chef-1', 'chefgruppen');
    return { system, browser, page, call: apiClient(system.baseUrl), chefToken };
  } catch (error) {
    await stopBrowserAndSystem({ browser, system });
    throw error;
  }
}

/** Closes the browser, then stops the system: the end of a browser test, whatever of it was started. */
export async function stopBrowserAndSystem(started: {
  readonly browser?: Browser | undefined;
  readonly system?: SystemUnderTest | undefined;
}): Promise<void> {
  await started.browser?.close();
  await started.system?.stop();
}
