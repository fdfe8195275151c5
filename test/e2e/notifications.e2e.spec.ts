import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { startSmtpCapture, type SmtpCapture } from '../../libs/notifications/src/testing/smtp-capture';
import { apiClient } from '../support/http';
import { organisationFixture } from '../support/organisation-fixture';
import { startSystem, type SystemUnderTest } from '../support/system-under-test';
import { until } from '../support/until';
import { justNow, nextAnnual } from '../support/dates';

jest.setTimeout(180_000);

const org = organisationFixture(2, 3);
const english = 'p-1-2';
const organisation = {
  ...org,
  people: org.people.map((person) => (person.id === english ? { ...person, language: 'en' } : person)),
};
const everyone = org.people.map((person) => person.id);
const facilitators = org.groups.map((group) => group.facilitatorId);
const mail = (personId: string) => org.people.find((person) => person.id === personId)!.email;
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
/** 20 May, in summer time, whichever year comes next. */
const MEETING_DATE = nextAnnual('05-20');
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** "Thursday 20 May 2027", as an English reader sees the meeting date. */
const meetingDay = `${WEEKDAYS[new Date(MEETING_DATE).getUTCDay()]} 20 May ${MEETING_DATE.slice(0, 4)}`;

/** Launches with a schedule of seconds, sets the agenda, and returns the cycle id. Prep is not sent by hand. */
async function launchSoon(
  call: ReturnType<typeof apiClient>,
  chef: string,
  schedule: Record<string, unknown>,
): Promise<string> {
  const put = await call('PUT', '/organisation', { token: chef, body: organisation });
  expect(put.status).toBe(200);
  const launch = await call('POST', '/cycles', {
    token: chef,
    body: { theme: 'Psykisk arbejdsmiljø', meetingDate: MEETING_DATE, meeting: { startTime: '13:00' }, schedule },
  });
  expect(launch.status).toBe(201);
  const id: string = launch.body.id;
  const agenda = { items: [{ title: 'Trivsel' }], prepTasks: [{ title: 'Spørg dit team' }], materials: [] };
  expect((await call('PUT', `/cycles/${id}/agenda`, { token: chef, body: agenda })).status).toBe(200);
  return id;
}

async function holdMeetingsAndPublish(call: ReturnType<typeof apiClient>, chef: string, id: string): Promise<void> {
  for (const group of org.groups) {
    const meeting = {
      heldAt: justNow(),
      attendeeIds: group.memberIds,
      keyPoints: [],
      inputToChefgruppen: [],
    };
    expect((await call('POST', `/cycles/${id}/meetings/${group.id}`, { token: chef, body: meeting })).status).toBe(200);
  }
  const summary = await call('POST', `/cycles/${id}/summary`, { token: chef, body: { text: 'Vi taler om det.' } });
  expect(summary.status).toBe(200);
}

const to = (parsed: ParsedMail) => (parsed.to as AddressObject).value.map((address) => address.address);
const kind = (parsed: ParsedMail) => (parsed.subject ?? '').split(':')[0];

describe('notifications from a running system (worker and API processes, Temporal dev server)', () => {
  describe('into the outbox, the embedded default', () => {
    let system: SystemUnderTest;
    let call: ReturnType<typeof apiClient>;
    let chef: string;

    beforeAll(async () => {
      system = await startSystem();
      call = apiClient(system.baseUrl);
      chef = await system.token('chef-1', 'chefgruppen');
    });
    afterAll(async () => system?.stop());

    const outbox = () => join(system.dataDir, 'outbox');
    const files = () => {
      try {
        return readdirSync(outbox())
          .filter((name) => name.endsWith('.eml'))
          .sort();
      } catch {
        return [];
      }
    };
    const messages = () => Promise.all(files().map((name) => simpleParser(readFileSync(join(outbox(), name)))));

    it('sends prep by itself, then after the summary every message up to the report without anyone touching it', async () => {
      const id = await launchSoon(call, chef, {
        prepSendAt: inSeconds(2),
        // Six seconds apart: a slow machine must not make a reminder overdue before the one before it went out.
        reminders: ['PT6S', 'PT12S'],
        deadline: 'PT18S',
      });
      await until(() => files().length === everyone.length, 'six prep packages in the outbox');
      expect((await call('GET', `/cycles/${id}`, { token: chef })).body.stage).toBe('prep_sent');
      const prep = await messages();
      expect(prep.map(to).sort()).toEqual(everyone.map((personId) => [mail(personId)]).sort());
      for (const parsed of prep) {
        const ics = parsed.attachments.find((attachment) => attachment.filename === 'invitation.ics');
        const vevent = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8'))).getFirstSubcomponent('vevent');
        expect(vevent?.getFirstPropertyValue('summary')).toMatch(/^Gruppe \d: Psykisk arbejdsmiljø$/);
      }

      await holdMeetingsAndPublish(call, chef, id);
      // Nobody touches the cycle from here: summary, requests, two reminders, escalation and report.
      const expected = everyone.length * 4 + facilitators.length + 1;
      await until(() => files().length >= expected + everyone.length, 'every message of the cycle', 60_000);
      const all = await messages();
      expect(all).toHaveLength(expected + everyone.length);
      const count = (name: string) => all.filter((parsed) => kind(parsed) === name).length;
      expect({
        prep: count('Forberedelse') + count('Preparation'),
        summary: count('Opsamling') + count('Summary'),
        request: count('Bekræft videreformidling') + count('Confirm cascade'),
        reminders: count('Påmindelse') + count('Reminder'),
        escalations: count('Manglende bekræftelser'),
        report: count('Status for videreformidling'),
      }).toEqual({ prep: 6, summary: 6, request: 6, reminders: 12, escalations: 2, report: 1 });
      expect(
        all
          .filter((parsed) => kind(parsed) === 'Manglende bekræftelser')
          .map(to)
          .sort(),
      ).toEqual(facilitators.map((personId) => [mail(personId)]).sort());
      expect(all.find((parsed) => kind(parsed) === 'Status for videreformidling')!.text).toContain(
        '0 af 6 ledere (0 %) har bekræftet videreformidlingen',
      );

      // The personal link in a request confirms without signing in, and the cycle's events list every message.
      const request = all.find(
        (parsed) => kind(parsed) === 'Bekræft videreformidling' && to(parsed)[0] === mail('p-2-2'),
      );
      const token = /\/bekraeft\/([\w.-]+)/.exec(request!.text ?? '')![1]!;
      const confirmed = await call('POST', `/confirm/${token}`, {
        body: { passedOnAt: justNow(), channel: 'personalemøde' },
      });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.progress.confirmed).toBe(1);
      const events = await call('GET', `/cycles/${id}/events`, { token: await system.token('a-1', 'auditor') });
      const sent = events.body.filter((event: { type: string }) => event.type === 'NotificationSent');
      expect(sent).toHaveLength(all.length);
      expect(sent[0].actor).toMatchObject({ id: '@system' });
    });
  });

  describe('over SMTP, when SMTP_URL is set', () => {
    let smtp: SmtpCapture;
    let system: SystemUnderTest;

    beforeAll(async () => {
      smtp = await startSmtpCapture();
      system = await startSystem({
        env: { SMTP_URL: smtp.url, SMTP_ALLOW_PLAINTEXT: 'true', CHEFGRUPPEN_EMAIL: 'chefgruppen@kommune.test' },
      });
    });
    afterAll(async () => {
      await system?.stop();
      await smtp?.stop();
    });

    it('delivers each prep package once to its leader, with a valid invitation, the English reader in English first', async () => {
      const call = apiClient(system.baseUrl);
      const chef = await system.token('chef-1', 'chefgruppen');
      await launchSoon(call, chef, { prepSendAt: inSeconds(1) });
      await until(() => smtp.received.length === everyone.length, 'six prep packages over SMTP');
      const received = await Promise.all(smtp.received.map((item) => simpleParser(item.raw)));
      expect(smtp.received.map((item) => item.to).sort()).toEqual(everyone.map((personId) => [mail(personId)]).sort());
      const englishMail = received.find((parsed) => to(parsed)[0] === mail(english))!;
      expect(englishMail.subject).toMatch(
        new RegExp(`^Preparation: Psykisk arbejdsmiljø – meeting ${meetingDay} / Forberedelse`),
      );
      for (const parsed of received) {
        const ics = parsed.attachments.find((attachment) => attachment.filename === 'invitation.ics')!;
        expect(ics.content.toString('utf8')).toContain(
          `DTSTART;TZID=Europe/Copenhagen:${MEETING_DATE.replaceAll('-', '')}T130000`,
        );
        expect(() => ICAL.parse(ics.content.toString('utf8'))).not.toThrow();
      }
      expect(readdirSync(system.dataDir)).not.toContain('outbox');
    });

    it('sends each leader the errata of an agenda corrected after prep, then the notice of the round cancelled', async () => {
      const call = apiClient(system.baseUrl);
      const chef = await system.token('chef-1', 'chefgruppen');
      const id = await launchSoon(call, chef, { prepSendAt: inSeconds(1) });
      const ofKind = async (subject: RegExp) =>
        (await Promise.all(smtp.received.map((item) => simpleParser(item.raw)))).filter(
          (parsed) => subject.test(parsed.subject ?? '') && parsed.text?.includes('Psykisk arbejdsmiljø'),
        );
      const sent = async (round: string) => {
        const events = await call('GET', `/cycles/${id}/events`, { token: chef });
        return events.body.filter(
          (event: { type: string; data: { round?: string } }) =>
            event.type === 'NotificationSent' && event.data.round === round,
        ).length;
      };
      await until(async () => (await sent('prep')) === everyone.length, 'the prep round recorded');

      const corrected = await call('POST', `/cycles/${id}/agenda/correction`, {
        token: chef,
        body: {
          items: [{ title: 'Trivsel og arbejdsglæde' }],
          prepTasks: [],
          materials: [],
          changes: 'Punktet omfatter også arbejdsglæde',
          reason: 'Det faldt ud af første udgave',
        },
      });
      expect(corrected.status).toBe(200);
      await until(async () => (await sent('errata-1')) === everyone.length, 'the errata round recorded');
      const errata = await ofKind(/^(Rettelse til dagsordenen|Agenda errata):/);
      expect(errata.map(to).sort()).toEqual(everyone.map((personId) => [mail(personId)]).sort());
      expect(errata.find((parsed) => to(parsed)[0] === mail(english))!.subject).toMatch(/^Agenda errata: /);
      for (const parsed of errata) {
        expect(parsed.text).toContain('Punktet omfatter også arbejdsglæde');
        expect(parsed.text).toContain('Trivsel og arbejdsglæde');
      }

      const cancelled = await call('POST', `/cycles/${id}/cancel`, { token: chef, body: { reason: 'Prøverunde' } });
      expect(cancelled).toMatchObject({ status: 200, body: { stage: 'cancelled' } });
      await until(async () => (await sent('cancellation')) === everyone.length, 'the cancellation round recorded');
      const notices = await ofKind(/^(Aflyst|Cancelled):/);
      expect(notices.map(to).sort()).toEqual(everyone.map((personId) => [mail(personId)]).sort());
      expect(notices[0]!.text).toContain('Prøverunde');
      const details = await call('GET', `/cycles/${id}`, { token: chef });
      expect(details.body).toMatchObject({
        stage: 'cancelled',
        notices: { errata: 1 },
        cancelled: { reason: 'Prøverunde' },
      });
    });
  });
});
