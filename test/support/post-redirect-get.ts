import type { Dialog, Page, Request } from 'playwright-core';

/**
 * Sends a form with `click` and answers the status of the form's post itself (303 when it redirects), once the page
 * it leads to has loaded.
 */
export async function sendForm(page: Page, click: () => Promise<unknown>): Promise<number> {
  const post = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.request().isNavigationRequest(),
  );
  await Promise.all([page.waitForEvent('load'), click()]);
  return (await post).status();
}

/** Whether the page's error summary has the focus, so that it is read first and a phone shows it. */
export function summaryHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(`document.activeElement?.classList.contains('summary-errors') === true`);
}

/** Where going back in the history led, and whether anything was posted again or asked about on the way. */
export interface WentBack {
  /** The page's path and query. */
  readonly path: string;
  readonly method: string | undefined;
  readonly status: number | undefined;
  readonly posts: readonly string[];
  readonly dialogs: readonly string[];
}

/**
 * Goes back one page. After a form's error and then its success this is the form's page fetched anew with GET:
 * nothing is posted again, so Chromium has no "Confirm Form Resubmission" to ask.
 */
export async function goBack(page: Page): Promise<WentBack> {
  const posts: string[] = [];
  const dialogs: string[] = [];
  const onRequest = (request: Request) => {
    if (request.method() === 'POST') posts.push(request.url());
  };
  const onDialog = (dialog: Dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  };
  page.on('request', onRequest);
  page.on('dialog', onDialog);
  try {
    const back = await page.goBack({ waitUntil: 'load' });
    const url = new URL(page.url());
    return {
      path: `${url.pathname}${url.search}`,
      method: back?.request().method(),
      status: back?.status(),
      posts,
      dialogs,
    };
  } finally {
    page.off('request', onRequest);
    page.off('dialog', onDialog);
  }
}
