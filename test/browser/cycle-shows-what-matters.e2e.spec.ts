import type { Browser, Locator, Page } from 'playwright-core';
import { ConfirmLinks } from '@ledelsesrum/auth';
import { addDuration, formatDateTime } from '@ledelsesrum/domain';
import { checkPage, launchBrowser, newContext, PHONE, signIn } from '../support/browser';
import { justNow, MEETING_DATE } from '../support/dates';
import { apiClient } from '../support/http';
import { NAMED_ORGANISATION } from '../support/named-organisation';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';

jest.setTimeout(180_000);

const SUMMARY = [
  'Grupperne talte om **trivsel** og arbejdspres.',
  'Det vil vi gøre nu:',
  '- lytte mere til medarbejderne\n- tage det op på næste personalemøde',
].join('\n\n');

/**
 * What chefgruppen, a facilitator, a leader and the auditor see once a meeting round is under way, in a real Chromium.
 * Lars (l-2) confirms and then has his personal data erased.
 */
describe('web interface: each reader sees what matters to them', () => {
  let system: SystemUnderTest;
  let browser: Browser;
  let call: ReturnType<typeof apiClient>;
  let cycleId: string;
  let deadline: string;

  const text = async (locator: Locator) => ((await locator.innerText()) ?? '').replace(/\s+/g, ' ').trim();
  const as = async (role: string, personId?: string, viewport?: typeof PHONE): Promise<Page> => {
    const page = await (await newContext(browser, viewport)).newPage();
    await signIn(page, system.webUrl, role, personId);
    return page;
  };
  const send = async (method: string, path: string, token: string, body?: unknown) => {
    const result = await call(method, path, { token, body });
    if (result.status >= 300) throw new Error(`${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  };

  beforeAll(async () => {
    // Personal links are signed from AUTH_JWT_SECRET when CONFIRM_LINK_SECRET is unset.
    system = await startSystem({ env: { CONFIRM_LINK_SECRET: '' } });
    browser = await launchBrowser();
    call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    await send('PUT', '/organisation', chef, NAMED_ORGANISATION);
    cycleId = (await send('POST', '/cycles', chef, { theme: 'Trivsel', meetingDate: MEETING_DATE })).id;
    const agenda = {
      items: [{ title: 'Hvad fylder?', description: 'Først en runde.\n\n- hvad giver energi\n- hvad dræner' }],
      prepTasks: [{ title: 'Spørg dit team' }],
      materials: [],
    };
    await send('PUT', `/cycles/${cycleId}/agenda`, chef, agenda);
    await send('POST', `/cycles/${cycleId}/prep`, chef);
    const meetings = [
      {
        group: 'g-1',
        facilitator: 'd-1',
        attendeeIds: ['d-1', 'c-2', 'l-1'],
        keyPoints: ['Travlhed rammer de nye ledere', 'Vi deler vagtplaner'],
        inputToChefgruppen: ['Mere tid til sparring'],
      },
      { group: 'g-2', facilitator: 'c-1', attendeeIds: ['c-1', 'l-3'], keyPoints: ['Trivsel'], inputToChefgruppen: [] },
    ];
    for (const { group, facilitator, ...record } of meetings) {
      const token = await system.token(facilitator, 'facilitator');
      await send('POST', `/cycles/${cycleId}/meetings/${group}`, token, {
        heldAt: justNow(),
        ...record,
      });
    }
    await send('POST', `/cycles/${cycleId}/summary`, chef, { text: SUMMARY });
    const passedOnAt = new Date().toISOString();
    await send('POST', `/cycles/${cycleId}/cascades/l-1`, await system.token('l-1', 'leader'), {
      passedOnAt,
      channel: 'personalemøde',
      note: 'Mit team tog godt imod det',
    });
    await send('POST', `/cycles/${cycleId}/cascades/l-2`, await system.token('l-2', 'leader'), {
      passedOnAt,
      channel: 'teammøde',
      note: 'Lars skrev noget personligt',
    });
    await send('DELETE', '/people/l-2/personal-data', chef);
    const events = (await send('GET', `/cycles/${cycleId}/events`, chef)) as { type: string; data: any }[];
    const published = events.find((event) => event.type === 'SummaryPublished')!.data.publishedAt as string;
    deadline = addDuration(published, 'P14D');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  it('shows chefgruppen the summary, each group’s meeting and each leader’s confirmation', async () => {
    const page = await as('chefgruppen');
    await page.goto(`${system.webUrl}/chefgruppen/cykler/${cycleId}`);

    const summary = page.locator('main section.published-summary .summary-text');
    expect(await summary.locator('p').allInnerTexts()).toEqual([
      'Grupperne talte om trivsel og arbejdspres.',
      'Det vil vi gøre nu:',
    ]);
    expect(await summary.locator('strong').innerText()).toBe('trivsel');
    expect(await summary.locator('ul > li').allInnerTexts()).toEqual([
      'lytte mere til medarbejderne',
      'tage det op på næste personalemøde',
    ]);
    // The agenda's description keeps its paragraph and bullets too.
    expect(await page.locator('main li', { hasText: 'Hvad fylder?' }).locator('ul > li').allInnerTexts()).toEqual([
      'hvad giver energi',
      'hvad dræner',
    ]);

    const meetings = await text(page.locator('main section.group-meetings'));
    expect(meetings).toContain('Gruppe Nord');
    expect(meetings).toContain('Fremmøde 3 af 4: Cecilie Chef, Dorte Direktør, Lone Leder');
    expect(meetings).toContain('Travlhed rammer de nye ledere');
    expect(meetings).toContain('Mere tid til sparring');
    expect(meetings).toContain('Fremmøde 2 af 2: Carl Chef, Lise Leder');

    const row = (name: string) =>
      page.locator('table.confirmations tbody tr', { has: page.getByRole('rowheader', { name }) });
    expect(await text(row('Lone Leder'))).toMatch(/Bekræftet .*\d{4} personalemøde Mit team tog godt imod det/);
    expect(await text(row('slettet person'))).toMatch(/Bekræftet .* teammøde slettet sammen med personen/);
    expect(await text(row('Lise Leder'))).toBe('Lise Leder Mangler');
    expect(await text(page.locator('table.confirmations tbody tr').first())).toContain('Mangler');
    expect(await page.locator('main').innerText()).not.toContain('Lars skrev');
    await checkPage(page, 'chefgruppen-cyklus-hvad-der-kom-ud');
  });

  it('shows the facilitator what they recorded, read-only', async () => {
    const page = await as('facilitator', 'd-1');
    await page.goto(`${system.webUrl}/facilitator/cykler/${cycleId}/grupper/g-1`);
    const main = await text(page.locator('main'));
    expect(main).toContain('Det du registrerede');
    expect(main).toContain('Fremmøde 3 af 4: Cecilie Chef, Dorte Direktør, Lone Leder');
    expect(main).toContain('Hovedpunkter Travlhed rammer de nye ledere Vi deler vagtplaner');
    expect(main).toContain('Input til chefgruppen Mere tid til sparring');
    expect(await page.locator('main form').count()).toBe(0);
    await checkPage(page, 'facilitator-registreret-moede');
  });

  it('shows a leader the deadline and the summary on their overview and their round’s page, on a phone', async () => {
    const page = await as('leader', 'l-3', PHONE);
    const due = formatDateTime('da', deadline);
    const overview = page.locator('main ul.cards > li', { hasText: 'Trivsel' });
    expect(await text(overview)).toContain(`Frist for at give videre ${due}`);
    await overview.locator('details > summary').click();
    expect(await overview.locator('details ul > li').allInnerTexts()).toEqual([
      'lytte mere til medarbejderne',
      'tage det op på næste personalemøde',
    ]);
    await checkPage(page, 'leder-oversigt-frist');

    await page.goto(`${system.webUrl}/leder/cykler/${cycleId}`);
    expect(await text(page.locator('main dl.facts'))).toContain(`Frist for at give videre ${due}`);
    expect(await page.locator('main .summary-text p').count()).toBe(2);
    expect(await page.locator('main .summary-text ul > li').count()).toBe(2);
    await checkPage(page, 'leder-runde-frist');
  });

  it('shows the summary being confirmed and the deadline through the personal link', async () => {
    const links = new ConfirmLinks(system.secret);
    const token = await links.sign({ cycleId, personId: 'l-3', expiresAt: new Date(Date.now() + 30 * 86_400_000) });
    const page = await (await newContext(browser, PHONE)).newPage();
    expect((await page.goto(`${system.webUrl}/bekraeft/${token}`))?.status()).toBe(200);
    expect(await page.locator('main .summary-text ul > li').allInnerTexts()).toEqual([
      'lytte mere til medarbejderne',
      'tage det op på næste personalemøde',
    ]);
    const main = await text(page.locator('main'));
    expect(main).toContain('Grupperne talte om trivsel og arbejdspres.');
    const both = `${formatDateTime('da', deadline)} ${formatDateTime('en', deadline)}`;
    expect(main).toMatch(new RegExp(`Frist for at give videre Deadline for passing it on ?: ${both}`));
    await checkPage(page, 'bekraeft-link-opsamling');
  });

  it('names people and groups beside their ids for the auditor, and an erased person as erased', async () => {
    const page = await as('auditor');
    await page.goto(`${system.webUrl}/revision/cykler/${cycleId}`);
    const timeline = await text(page.locator('table.audit-timeline tbody'));
    expect(timeline).toContain('Videreformidling bekræftet af Lone Leder (l-1)');
    expect(timeline).toContain('Videreformidling bekræftet af slettet person (l-2)');
    expect(timeline).toContain('Møde registreret for Gruppe Nord (g-1)');
    expect(timeline).toContain('Dorte Direktør (d-1)');
    expect(await text(page.locator('#tilstand'))).toContain('Gruppe Syd (g-2)');
    await checkPage(page, 'revision-navne');
  });
});
