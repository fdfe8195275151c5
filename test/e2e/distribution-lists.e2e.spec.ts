import { simpleParser, type ParsedMail } from 'mailparser';
import { startSmtpCapture, type SmtpCapture } from '../../libs/notifications/src/testing/smtp-capture';
import { apiClient } from '../support/http';
import { MEETING_DATE, justNow } from '../support/dates';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';

jest.setTimeout(180_000);

const organisation = organisationFixture(2, 3);
const ALL_STAFF = { name: 'Alle medarbejdere', address: 'alle-medarbejdere@kommune.test' };
const SCHOOLS = { name: 'Skoleområdet', address: 'skoler@kommune.test', areaId: 'skole' };
/** Set only after the summary was published: it must get nothing of it. */
const LATE = { name: 'Kom for sent', address: 'for-sent@kommune.test' };
const SUMMARY = 'Vi taler om trivsel i alle teams.';
const KEY_POINT = 'Vi deler viden på tværs';

interface StoredEvent {
  readonly type: string;
  readonly data: { round?: string; kind?: string; list?: { name: string; address: string } };
}

describe('the published summary e-mailed to distribution lists, over SMTP on loopback', () => {
  let smtp: SmtpCapture;
  let system: SystemUnderTest;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    system = await startSystem({ env: { SMTP_URL: smtp.url, SMTP_ALLOW_PLAINTEXT: 'true' } });
  });
  afterAll(async () => {
    await system?.stop();
    await smtp?.stop();
  });

  it('refuses lists that break the rules, and changes nothing then', async () => {
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: organisation })).status).toBe(200);
    const put = (lists: unknown) => call('PUT', '/publication/distribution-lists', { token: chef, body: { lists } });
    expect(await put([{ ...ALL_STAFF, areaId: 'ingen-steder' }])).toMatchObject({
      status: 404,
      body: { code: 'UNKNOWN_AREA' },
    });
    expect(await put([ALL_STAFF, { ...SCHOOLS, name: ALL_STAFF.name.toUpperCase() }])).toMatchObject({
      status: 422,
      body: { code: 'DISTRIBUTION_LIST_NAME_TAKEN' },
    });
    expect((await put([{ ...ALL_STAFF, address: 'alle-medarbejdere' }])).status).toBe(400);
    expect((await put([{ ...ALL_STAFF, members: ['p-1-1'] }])).status).toBe(400);
    const exported = await fetch(`${system.baseUrl}/audit/export?stream=publication`, {
      headers: { authorization: `Bearer ${await system.token('auditor-1', 'auditor')}` },
    });
    expect(exported.status).toBe(200);
    expect((await exported.text()).trim()).toBe('');
  });

  it('sends each list in force at the publication one message with the staff page, once, across a worker restart', async () => {
    const call = apiClient(system.baseUrl);
    const chef = await system.token('chef-1', 'chefgruppen');
    expect((await call('PUT', '/organisation', { token: chef, body: organisation })).status).toBe(200);
    const set = await call('PUT', '/publication/distribution-lists', {
      token: chef,
      body: { lists: [ALL_STAFF, SCHOOLS] },
    });
    expect(set).toMatchObject({ status: 200, body: { lists: [ALL_STAFF, SCHOOLS] } });

    const launch = await call('POST', '/cycles', {
      token: chef,
      body: { theme: 'Trivsel', meetingDate: MEETING_DATE, meeting: { startTime: '13:00' } },
    });
    expect(launch.status).toBe(201);
    const id: string = launch.body.id;
    const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] };
    expect((await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda })).status).toBe(200);
    expect((await call('POST', `/cycles/${id}/prep`, { token: chef })).status).toBe(200);
    for (const group of organisation.groups) {
      const meeting = {
        heldAt: justNow(),
        attendeeIds: group.memberIds,
        keyPoints: [KEY_POINT],
        inputToChefgruppen: [],
      };
      expect((await call('POST', `/cycles/${id}/meetings/${group.id}`, { token: chef, body: meeting })).status).toBe(
        200,
      );
    }
    expect((await call('POST', `/cycles/${id}/summary`, { token: chef, body: { text: SUMMARY } })).status).toBe(200);
    // Lists set after the publication, even before its messages went out, are not the ones it was published to.
    expect(
      (await call('PUT', '/publication/distribution-lists', { token: chef, body: { lists: [LATE] } })).status,
    ).toBe(200);

    // The worker dies as soon as the summary round has begun, and another takes over: nothing goes out twice.
    const summaryMails = async () =>
      (await Promise.all(smtp.received.map((item) => simpleParser(item.raw)))).filter((parsed) =>
        /(Opsamling|Summary)/.test(parsed.subject ?? ''),
      );
    await until(async () => (await summaryMails()).length > 0, 'the summary round begun');
    await system.kill('worker');
    await system.start('worker');

    const events = async (): Promise<StoredEvent[]> =>
      (await call('GET', `/cycles/${id}/events`, { token: chef })).body;
    await until(
      async () =>
        (await events()).some((event) => event.type === 'NoticeRoundCompleted' && event.data.round === 'summary'),
      'the summary round recorded',
    );
    const toLists = (await events()).filter((event) => event.data.kind === 'staff-summary');
    expect(toLists.map((event) => event.data.list)).toEqual(
      [ALL_STAFF, SCHOOLS].map(({ name, address }) => ({ name, address })),
    );
    expect(toLists.every((event) => event.type === 'NotificationSent' && event.data.round === 'summary')).toBe(true);

    const delivered = smtp.received.filter((item) => item.to.some((address) => address.endsWith('@kommune.test')));
    expect(delivered.map((item) => item.to).sort()).toEqual([[ALL_STAFF.address], [SCHOOLS.address]]);
    for (const item of delivered) {
      const mail: ParsedMail = await simpleParser(item.raw);
      const list = item.to[0] === SCHOOLS.address ? SCHOOLS : ALL_STAFF;
      expect(mail.subject).toBe('Opsamling til medarbejderne: Trivsel / Summary for staff: Trivsel');
      expect(mail.text).toContain(`Til ${list.name}`);
      expect(mail.text).toContain(SUMMARY);
      expect(mail.text).toContain(`- ${KEY_POINT}`);
      expect(mail.text).toContain(`/medarbejder/cykler/${id}`);
    }
  });
});
