import type { Browser, Page } from 'playwright-core';
import { checkPage, DESKTOP, launchBrowser, newContext, signIn } from '../support/browser';
import { fillDate } from '../support/danish-date';
import { copenhagenToday } from '../support/dates';
import { cycleUpToSummary } from '../support/cycle-over-http';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(240_000);

const REFLECTION = 'For os betyder det, at vi tager trivsel op på hvert personalemøde fra nu af.';

/**
 * The organisation hears it, in a real Chromium: a leader confirms and writes what the round means for their
 * workplace; staff open the link from the text the leader copies to them and say, each in a browser of their own,
 * that they heard about it; chefgruppen sees the reach only once five have answered.
 */
describe('web interface: a leader’s reflection reaches their workplace, and chefgruppen sees how far', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let cycleId: string;
  let workplaceUrl: string;
  const org = organisationFixture(1, 3);
  const leader = 'p-1-2';

  const page = async (role?: string, personId?: string): Promise<Page> => {
    const opened = await (await newContext(browser, DESKTOP)).newPage();
    if (role) await signIn(opened, system.webUrl, role, personId);
    return opened;
  };
  const text = (opened: Page) => opened.locator('main').innerText();
  const submit = async (opened: Page, form: string) => {
    await Promise.all([
      opened.waitForResponse((response) => response.request().method() === 'POST'),
      opened.click(`${form} button[type=submit]`),
    ]);
    await opened.waitForLoadState('load');
  };
  const reachOnChefgruppensPage = async (): Promise<string> => {
    const chef = await page('chefgruppen');
    await chef.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);
    const reach = await chef.locator('#raekkevidde ~ p.reach-total').innerText();
    await chef.context().close();
    return reach;
  };

  beforeAll(async () => {
    system = await startSystem({ env: { CONFIRM_LINK_SECRET: '' } });
    browser = await launchBrowser();
    cycleId = await cycleUpToSummary(system, apiClient(system.baseUrl), org);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('lets the leader confirm and write their reflection on their round page', async () => {
    const own = await page('leader', leader);
    await own.goto(`${system.webUrl}/leder/cykler/${cycleId}`);
    await fillDate(own, 'passedOnAt', copenhagenToday());
    await own.fill('#channel', 'personalemøde');
    await submit(own, 'form#bekraeft');
    await own.fill('#text', REFLECTION);
    await submit(own, 'form#refleksion');
    const shown = await text(own);
    expect(shown).toContain('Du gav resultaterne videre');
    expect(await own.inputValue('#text')).toBe(REFLECTION);
    expect(shown).toContain('Senest gemt');
    // The text to copy to the staff: the summary, the reflection, and the link to the workplace's page.
    const forStaff = await own.inputValue('#personale-tekst');
    expect(forStaff).toContain('Opsamling: Psykisk arbejdsmiljø');
    expect(forStaff).toContain(REFLECTION);
    workplaceUrl = forStaff.trim().split('\n').at(-1)!;
    expect(workplaceUrl).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/arbejdsplads\/[\w.-]+$/);
    await own.context().close();
  });

  it('shows staff the summary, the groups’ key points and their leader’s reflection, and takes an anonymous answer', async () => {
    const staff = await page();
    await staff.goto(workplaceUrl);
    const shown = await text(staff);
    expect(shown).toContain('Opsamling');
    expect(shown).toContain('Hvad grupperne arbejdede med');
    expect(shown).toContain(REFLECTION);
    await checkPage(staff, 'arbejdsplads-side');
    await staff.fill('#answer', 'Mere tid til hinanden');
    await submit(staff, 'main form');
    expect(await text(staff)).toContain('Dit svar er talt med');
    await staff.context().close();
    expect(await reachOnChefgruppensPage()).toBe('Svar i alt: under 5.');
  });

  it('shows chefgruppen the reach only once five have answered, each from a browser of their own', async () => {
    for (let answer = 2; answer <= 4; answer += 1) {
      const staff = await page();
      await staff.goto(workplaceUrl);
      await submit(staff, 'main form');
      await staff.context().close();
    }
    expect(await reachOnChefgruppensPage()).toBe('Svar i alt: under 5.');

    const fifth = await page();
    await fifth.goto(workplaceUrl);
    await submit(fifth, 'main form');
    await fifth.context().close();

    const chef = await page('chefgruppen');
    await chef.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);
    expect(await chef.locator('#raekkevidde ~ p.reach-total').innerText()).toBe('Svar i alt: 5.');
    await chef.locator('#raekkevidde').scrollIntoViewIfNeeded();
    await checkPage(chef, 'rakkevidde-heatmap');
    await chef.context().close();
  });
});
