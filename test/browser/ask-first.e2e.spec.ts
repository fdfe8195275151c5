import type { Browser, Locator, Page } from 'playwright-core';
import { checkPage } from '../support/browser';
import { startChefgruppenInBrowser, stopBrowserAndSystem } from '../support/chefgruppen-in-browser';
import { justNow, MEETING_DATE } from '../support/dates';
import type { apiClient } from '../support/http';
import { goBack, sendForm, summaryHasFocus } from '../support/post-redirect-get';
import { NAMED_ORGANISATION } from '../support/named-organisation';
import type { SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const SUMMARY = 'Vi talte om arbejdspres.\n\nDet gør vi nu:\n\n- lytter\n- følger op';

/** Sending prep, publishing the summary and closing the round each show what will happen before it does. */
describe('web interface: risky actions ask first', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let page: Page;
  let call: ReturnType<typeof apiClient>;
  let chef: string;
  let cycleId: string;
  let cycleUrl: string;
  let cyclePath: string;

  const text = async (locator: Locator) => ((await locator.innerText()) ?? '').replace(/\s+/g, ' ').trim();
  const stage = () => text(page.locator('main ol.pipeline li[aria-current="step"]'));
  const click = (name: string) => page.getByRole('button', { name, exact: true }).click();
  const send = async (method: string, path: string, token: string, body?: unknown) => {
    const result = await call(method, path, { token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const eventsOf = async (type: string) =>
    ((await send('GET', `/cycles/${cycleId}/events`, chef)) as { type: string }[]).filter(
      (event) => event.type === type,
    );

  beforeAll(async () => {
    ({ system, browser, page, call, chefToken: chef } = await startChefgruppenInBrowser());
    await send('PUT', '/organisation', chef, NAMED_ORGANISATION);
    cycleId = (await send('POST', '/cycles', chef, { theme: 'Arbejdspres', meetingDate: MEETING_DATE })).id;
    const agenda = {
      items: [{ title: 'Hvad fylder?', description: 'En runde.\n\n- hvad giver energi\n- hvad dræner' }],
      prepTasks: [{ title: 'Spørg dit team' }],
      materials: [],
    };
    await send('PUT', `/cycles/${cycleId}/agenda`, chef, agenda);
    cyclePath = `/chefgruppen/cykler/${cycleId}`;
    cycleUrl = `${system.webUrl}${cyclePath}`;
  }, 180_000);

  afterAll(() => stopBrowserAndSystem({ browser, system }));

  it('shows the prep as the leaders get it and how many it goes to; sent twice from the preview, it goes once', async () => {
    await page.goto(cycleUrl);
    expect(await page.locator('form[action$="/forberedelse"]').count()).toBe(0);
    await page.getByRole('link', { name: 'Se og send forberedelsen' }).click();
    await page.waitForURL(`${cycleUrl}/forberedelse`);
    const preview = page.locator('main .ask-first-preview');
    expect(await text(preview)).toContain('Hvad fylder?');
    expect(await preview.locator('li', { hasText: 'Hvad fylder?' }).locator('ul > li').allInnerTexts()).toEqual([
      'hvad giver energi',
      'hvad dræner',
    ]);
    expect(await text(page.locator('main .ask-first-consequence'))).toBe('Går til 6 personer.');
    await checkPage(page, 'spoerg-foerst-forberedelse');

    await page.getByRole('link', { name: 'Tilbage' }).click();
    await page.waitForURL(cycleUrl);
    expect(await stage()).toBe('Dagsorden sat');
    expect(await eventsOf('PrepSent')).toHaveLength(0);

    await page.goto(`${cycleUrl}/forberedelse`);
    const fields = await page.evaluate<Record<string, string>>(
      "Object.fromEntries(new FormData(document.querySelector('main form[method=post]')))",
    );
    const twice = [0, 1].map(() => page.request.post(`${cycleUrl}/forberedelse`, { form: fields, maxRedirects: 0 }));
    expect((await Promise.all(twice)).map((response) => response.status())).toEqual([303, 303]);
    expect(await eventsOf('PrepSent')).toHaveLength(1);
    await page.goto(cycleUrl);
    expect(await stage()).toBe('Forberedelse sendt');
  });

  it('previews the summary rendered, with the count; Back keeps the text; Send publishes it', async () => {
    for (const [group, facilitator, attendeeIds] of [
      ['g-1', 'd-1', ['d-1', 'c-2', 'l-1', 'l-2']],
      ['g-2', 'c-1', ['c-1', 'l-3']],
    ] as const) {
      await send('POST', `/cycles/${cycleId}/meetings/${group}`, await system.token(facilitator, 'facilitator'), {
        heldAt: justNow(),
        attendeeIds,
        keyPoints: ['Arbejdspres'],
        inputToChefgruppen: [],
      });
    }
    await page.goto(cycleUrl);
    expect(await stage()).toBe('Møder holdt');
    // Before the summary nobody is asked to confirm, so there is nobody to release.
    expect(await page.locator('#releasePersonId').count()).toBe(0);

    // Nothing written: back to the cycle page (Post/Redirect/Get), the summary form's error in focus.
    expect(await sendForm(page, () => click('Se opsamlingen før du sender'))).toBe(303);
    expect(page.url()).toBe(cycleUrl);
    expect(await summaryHasFocus(page)).toBe(true);
    expect(await page.locator('.summary-errors a[href="#summaryText"]').count()).toBe(1);

    // The preview is the post's own path fetched anew with GET (Post/Redirect/Get).
    await page.fill('#summaryText', SUMMARY);
    expect(await sendForm(page, () => click('Se opsamlingen før du sender'))).toBe(303);
    expect(page.url()).toBe(`${cycleUrl}/opsamling/forhaandsvisning`);
    expect(await text(page.locator('h1'))).toBe('Offentliggør opsamlingen');
    const preview = page.locator('main .ask-first-preview .summary-text');
    expect(await preview.locator('p').allInnerTexts()).toEqual(['Vi talte om arbejdspres.', 'Det gør vi nu:']);
    expect(await preview.locator('ul > li').allInnerTexts()).toEqual(['lytter', 'følger op']);
    expect(await text(page.locator('main .ask-first-consequence'))).toBe('Går til 6 personer.');
    await checkPage(page, 'spoerg-foerst-opsamling');
    // Back in the browser after the error and then the preview: the cycle page fetched anew, nothing posted again.
    expect(await goBack(page)).toEqual({ path: cyclePath, method: 'GET', status: 200, posts: [], dialogs: [] });
    await page.fill('#summaryText', SUMMARY);
    await click('Se opsamlingen før du sender');
    await page.waitForURL(`${cycleUrl}/opsamling/forhaandsvisning`);

    // The page's own Back goes to the cycle page too, with the summary as written.
    expect(await sendForm(page, () => click('Tilbage'))).toBe(303);
    expect(page.url()).toBe(cycleUrl);
    expect((await page.inputValue('#summaryText')).replace(/\r\n/g, '\n')).toBe(SUMMARY);
    expect(await stage()).toBe('Møder holdt');
    expect(await eventsOf('SummaryPublished')).toHaveLength(0);

    await click('Se opsamlingen før du sender');
    await page.waitForURL(`${cycleUrl}/opsamling/forhaandsvisning`);
    await Promise.all([page.waitForURL(cycleUrl), click('Send')]);
    expect(await stage()).toBe('Opsamling offentliggjort');
    // Back from the round's page after sending: the preview is not posted again, and without its text leads back here.
    expect(await goBack(page)).toEqual({ path: cyclePath, method: 'GET', status: 200, posts: [], dialogs: [] });
    expect(await eventsOf('SummaryPublished')).toHaveLength(1);
    expect(await page.locator('main section.published-summary ul > li').allInnerTexts()).toEqual([
      'lytter',
      'følger op',
    ]);
  });

  it('offers a release only for the pending, and puts closing last as a secondary danger action', async () => {
    await send('POST', `/cycles/${cycleId}/cascades/l-1`, await system.token('l-1', 'leader'), {
      passedOnAt: justNow(),
      channel: 'personalemøde',
    });
    await page.goto(cycleUrl);
    const options = await page.locator('#releasePersonId option').all();
    const offered = (await Promise.all(options.map((option) => option.getAttribute('value')))).filter(Boolean);
    expect(offered.sort()).toEqual(['c-1', 'c-2', 'd-1', 'l-2', 'l-3']);
    const buttons = page.locator('main .cycle-actions button[type=submit]');
    expect(await text(buttons.last())).toBe('Luk møderunden …');
    expect(await buttons.last().getAttribute('class')).toBe('button button-secondary warning');
    expect(await text(buttons.first())).toBe('Fritag personen');
    await checkPage(page, 'spoerg-foerst-efter-opsamling');
  });

  it('asks before closing, naming the leaders who become exceptions; Back keeps the reason', async () => {
    // A reason longer than the 500 characters allowed (as a browser that ignores the field's maxlength sends it): the
    // cycle page again, the error in focus and the reason as typed.
    const tooLong = `Fristen er overskredet. ${'Vi lukker nu. '.repeat(40)}`.trim();
    await page
      .locator('#closeReason')
      .evaluate((field) => (field as unknown as { removeAttribute(name: string): void }).removeAttribute('maxlength'));
    await page.fill('#closeReason', tooLong);
    expect(await sendForm(page, () => click('Luk møderunden …'))).toBe(303);
    expect(page.url()).toBe(cycleUrl);
    expect(await summaryHasFocus(page)).toBe(true);
    expect(await page.inputValue('#closeReason')).toBe(tooLong);

    await page.fill('#closeReason', 'Fristen er overskredet');
    expect(await sendForm(page, () => click('Luk møderunden …'))).toBe(303);
    expect(page.url()).toBe(`${cycleUrl}/luk/bekraeft`);
    expect(await text(page.locator('main .ask-first-consequence'))).toBe(
      'Lukker du møderunden, bliver 5 ledere, der mangler at bekræfte, registreret som undtagelser. Det kan ikke gøres om.',
    );
    expect(await page.locator('main ul.exceptions li').allInnerTexts()).toEqual([
      'Carl Chef',
      'Cecilie Chef',
      'Dorte Direktør',
      'Lars Leder',
      'Lise Leder',
    ]);
    expect(await text(page.locator('main .ask-first-preview dl'))).toContain('Fristen er overskredet');
    await checkPage(page, 'spoerg-foerst-luk');
    expect(await goBack(page)).toEqual({ path: cyclePath, method: 'GET', status: 200, posts: [], dialogs: [] });
    await page.fill('#closeReason', 'Fristen er overskredet');
    await click('Luk møderunden …');
    await page.waitForURL(`${cycleUrl}/luk/bekraeft`);

    expect(await sendForm(page, () => click('Tilbage'))).toBe(303);
    expect(page.url()).toBe(cycleUrl);
    expect(await page.inputValue('#closeReason')).toBe('Fristen er overskredet');
    expect(await stage()).toBe('Opsamling offentliggjort');

    await click('Luk møderunden …');
    await page.waitForURL(`${cycleUrl}/luk/bekraeft`);
    await Promise.all([page.waitForURL(cycleUrl), click('Luk møderunden')]);
    expect(await stage()).toBe('Afsluttet');
    expect(await goBack(page)).toEqual({ path: cyclePath, method: 'GET', status: 200, posts: [], dialogs: [] });
    expect(await eventsOf('CycleClosed')).toHaveLength(1);
  });
});
