import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import ICAL from 'ical.js';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { cycleWorkflowId } from '@ledelsesrum/contracts';
import { cycleStreamId, defaultSchedule, type CycleCommand, type CycleSchedule } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { SmtpSender, SqliteSentLog, messageIdFor } from '@ledelsesrum/notifications';
import { PersonalDataVault, SqlitePersonKeyStore } from '@ledelsesrum/personal-data';
import { createCycleActivities } from '../../apps/worker/src/activities/cycle-activities';
import { repoRoot } from '../../infra/repo-root';
import { startSmtpCapture, type SmtpCapture } from '../../libs/notifications/src/testing/smtp-capture';
import { CHEFGRUPPEN_ADDRESS, noticeDependencies, TEST_PUBLIC_URL } from '../support/notice-dependencies';
import { groupSnapshots, organisationFixture, storeOrganisation } from '../support/organisation-fixture';
import { installQuietRuntime, testPayloadCodec, workflowBundle } from '../support/temporal-test-env';
import { until } from '../support/until';
import { cycleCommands, type TestCycleCommands } from '../support/cycle-client';
import { startWakeUps } from '../support/wake-ups';
import { recordHistory } from '../support/record-history';

jest.setTimeout(180_000);

const DAY = 24 * 3_600_000;
const fixture = organisationFixture(2, 3);
const groups = groupSnapshots(fixture);
/** Personal data erased: nothing can be sent to them, and lists name them by id. */
const ERASED = 'p-2-3';
/** Reads English first. */
const ENGLISH = 'p-1-2';
const mail = (personId: string) => fixture.people.find((person) => person.id === personId)!.email;

/**
 * The cycle's timers on Temporal's time-skipping test server (temporal-test-server, installed by `npm run setup`):
 * days pass in milliseconds, and a real SMTP server on loopback receives every message.
 */
describe('cycle timers and messages, in fast time', () => {
  let env: TestWorkflowEnvironment;
  let store: SqliteEventStore;
  let vault: PersonalDataVault;
  let smtp: SmtpCapture;
  let sender: SmtpSender;
  let worker: Worker;
  let running: Promise<void>;
  let wakeUps: ReturnType<typeof startWakeUps>;
  let commands: TestCycleCommands;
  /** The commands' clock: the server's, which the API's clock stands for (see `run`). */
  let clock = new Date();
  const taskQueue = `timers-${randomUUID()}`;

  beforeAll(async () => {
    installQuietRuntime();
    const payloadCodec = testPayloadCodec();
    env = await TestWorkflowEnvironment.createTimeSkipping({
      client: { dataConverter: { payloadCodecs: [payloadCodec] } },
      server: {
        executable: { type: 'existing-path', path: join(repoRoot(), '.tools', 'venv', 'bin', 'temporal-test-server') },
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'ledelsesrum-timers-'));
    store = await SqliteEventStore.open(join(dir, 'events.sqlite'));
    vault = new PersonalDataVault(new SqlitePersonKeyStore(join(dir, 'keys.sqlite')));
    await storeOrganisation(store, vault, fixture, { [ENGLISH]: 'en' });
    await vault.erase(ERASED);
    smtp = await startSmtpCapture();
    sender = new SmtpSender({
      url: smtp.url,
      allowPlaintext: true,
      sentLog: new SqliteSentLog(join(dir, 'sent.sqlite')),
    });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: createCycleActivities(noticeDependencies(store, { vault, sender })),
      dataConverter: { payloadCodecs: [payloadCodec] },
    });
    running = worker.run();
    commands = cycleCommands(store, { clock: () => clock });
    wakeUps = startWakeUps(store, env.client, taskQueue);
  });

  afterAll(async () => {
    await wakeUps?.stop();
    worker?.shutdown();
    await running;
    await sender?.close();
    await smtp?.stop();
    await store?.close();
    await env?.teardown();
  });

  /** The server's clock: workflow time, which the commands' `now` must follow as the API's clock does. */
  const serverNow = async () => new Date(await env.currentTimeMs()).toISOString();

  async function startCycle(schedule?: Partial<CycleSchedule>) {
    const cycleId = `c-${randomUUID().slice(0, 8)}`;
    const today = new Date(await env.currentTimeMs());
    const meetingDate = new Date(today.getTime() + 14 * DAY).toISOString().slice(0, 10);
    // The launch starts the process: the wake-up subscription sees it and signals with start.
    const handle = () => env.client.workflow.getHandle(cycleWorkflowId(cycleId));
    const run = async (command: CycleCommand, actorId = 'chef-1') => {
      clock = new Date(await serverNow());
      const outcome = await commands.execute(cycleStreamId(cycleId), command, { actorId });
      // Time is skipped only once the process has heard of the command, as it would have long before in real time.
      await wakeUps.caughtUp();
      return outcome;
    };
    const stage = async () => {
      const { state } = await commands.current(cycleStreamId(cycleId));
      return state.status === 'launched' ? state.stage : undefined;
    };
    await run({
      type: 'LaunchCycle',
      cycleId,
      theme: 'Psykisk arbejdsmiljø',
      meetingDate,
      groups,
      meeting: { startTime: '10:00', durationMinutes: 120, place: 'Rådhuset' },
      ...(schedule === undefined ? {} : { schedule }),
    });
    await run({
      type: 'SetAgenda',
      items: [{ title: 'Hvad presser os?' }],
      prepTasks: [{ title: 'Spørg dine medarbejdere' }],
      materials: [{ kind: 'article', title: 'Forskning om arbejdsmiljø' }],
    });
    const events = async () => store.readStream(cycleStreamId(cycleId));
    const roundDone = async (round: string) =>
      until(
        async () =>
          (await events()).some(
            (e) => e.type === 'NoticeRoundCompleted' && (e.data as { round: string }).round === round,
          ),
        `the ${round} round`,
      );
    const meetingsAndSummary = async () => {
      for (const group of groups) {
        await run(
          {
            type: 'RecordMeeting',
            groupId: group.id,
            heldAt: await serverNow(),
            attendeeIds: [...group.memberIds],
            keyPoints: ['Tal om det'],
            inputToChefgruppen: [],
          },
          group.facilitatorId,
        );
      }
      await run({ type: 'PublishSummary', text: 'Vi tager arbejdsmiljøet op på hvert møde.' });
    };
    const confirm = async (personId: string) =>
      run({ type: 'ConfirmCascade', personId, passedOnAt: await serverNow(), channel: 'møde' }, personId);
    return { cycleId, meetingDate, handle, run, stage, events, roundDone, meetingsAndSummary, confirm };
  }

  /** Everything received since `from`, parsed, as (first word of the subject, recipients). */
  async function receivedSince(from: number): Promise<ParsedMail[]> {
    return Promise.all(smtp.received.slice(from).map((received) => simpleParser(received.raw)));
  }
  const summaryOf = (parsed: ParsedMail) => ({
    to: (parsed.to as AddressObject).value.map((address) => address.address),
    subject: parsed.subject ?? '',
  });
  const kindOf = (subject: string) => subject.split(':')[0];

  it('sends prep at its time, then the summary and requests, two reminders, the escalation and the report, in order', async () => {
    const cycle = await startCycle();
    const prepSendAt = defaultSchedule(cycle.meetingDate).prepSendAt;
    const before = smtp.received.length;

    // Nothing before prepSendAt (08:00 Copenhagen time a week before the meeting).
    await env.sleep(Date.parse(prepSendAt) - (await env.currentTimeMs()) - 60_000);
    expect(await cycle.stage()).toBe('agenda_set');
    expect(smtp.received.length).toBe(before);
    await env.sleep(120_000);
    await cycle.roundDone('prep');
    const prep = (await receivedSince(before)).map(summaryOf);
    const reachable = ['p-1-1', 'p-1-2', 'p-1-3', 'p-2-1', 'p-2-2'];
    expect(prep.map((message) => message.to)).toEqual(reachable.map((id) => [mail(id)]));
    expect(prep.map((message) => kindOf(message.subject))).toEqual([
      'Forberedelse',
      'Preparation', // the English reader's subject opens in English
      'Forberedelse',
      'Forberedelse',
      'Forberedelse',
    ]);
    const [first] = await receivedSince(before);
    const invitation = first!.attachments.find((attachment) => attachment.filename === 'invitation.ics');
    const vevent = new ICAL.Component(ICAL.parse(invitation!.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('location')).toBe('Rådhuset');
    expect(invitation!.content.toString('utf8')).toContain(
      `DTSTART;TZID=Europe/Copenhagen:${cycle.meetingDate.replace(/-/g, '')}T100000`,
    );

    const afterPrep = smtp.received.length;
    await cycle.meetingsAndSummary();
    await cycle.roundDone('summary');
    const summary = (await receivedSince(afterPrep)).map(summaryOf);
    expect(summary.map((message) => [kindOf(message.subject), message.to[0]])).toEqual(
      reachable.flatMap((id) => [
        [id === ENGLISH ? 'Summary' : 'Opsamling', mail(id)],
        [id === ENGLISH ? 'Confirm cascade' : 'Bekræft videreformidling', mail(id)],
      ]),
    );
    const request = (await receivedSince(afterPrep))[1]!;
    const link = new RegExp(`${TEST_PUBLIC_URL}/bekraeft/[\\w.-]+`).exec(request.text ?? '');
    expect(link).not.toBeNull();

    await cycle.confirm('p-1-3');
    await cycle.confirm('p-2-1');
    const afterSummary = smtp.received.length;
    await env.sleep(7 * DAY - 60_000);
    expect((await cycle.events()).filter((event) => event.type === 'NoticeRoundCompleted')).toHaveLength(2);
    expect(smtp.received.length).toBe(afterSummary);
    await env.sleep(120_000);
    await cycle.roundDone('reminder-1');
    const firstReminders = (await receivedSince(afterSummary)).map(summaryOf);
    expect(firstReminders.map((message) => message.to[0])).toEqual(['p-1-1', 'p-1-2', 'p-2-2'].map(mail));
    expect(firstReminders.map((message) => kindOf(message.subject))).toEqual(['Påmindelse', 'Reminder', 'Påmindelse']);

    await cycle.confirm('p-1-2');
    const afterFirst = smtp.received.length;
    await env.sleep(5 * DAY);
    await cycle.roundDone('reminder-2');
    expect((await receivedSince(afterFirst)).map((parsed) => summaryOf(parsed).to[0])).toEqual(
      ['p-1-1', 'p-2-2'].map(mail),
    );

    const afterSecond = smtp.received.length;
    await env.sleep(2 * DAY);
    await cycle.roundDone('status-report');
    const [escalation, report, ...more] = await receivedSince(afterSecond);
    expect(more).toEqual([]);
    // Only group 2's facilitator: group 1's only pending leader is its facilitator.
    expect(summaryOf(escalation!)).toEqual({
      to: [mail('p-2-1')],
      subject: 'Manglende bekræftelser: Psykisk arbejdsmiljø / Missing confirmations: Psykisk arbejdsmiljø',
    });
    expect(escalation!.text).toContain(`Leder 2.2 Ærø <${mail('p-2-2')}>`);
    expect(escalation!.text).toContain(`${ERASED} (uden kontakt / no contact)`);
    expect(summaryOf(report!).to).toEqual([CHEFGRUPPEN_ADDRESS]);
    expect(report!.text).toContain('3 af 6 ledere (50 %) har bekræftet videreformidlingen');
    expect(report!.text).toContain('Leder 1.1 Ærø (Gruppe 1)');

    await cycle.run({ type: 'CloseCycle', reason: 'Fristen er passeret' });
    await cycle.handle().result();
    await recordHistory(cycle.handle(), 'cycle-every-round-in-fast-time');

    const events = await cycle.events();
    const sent = events.filter((event) => event.type === 'NotificationSent');
    expect(sent).toHaveLength(smtp.received.length - before);
    const keys = sent.map((event) => (event.data as { idempotencyKey: string }).idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const event of sent) {
      const { idempotencyKey, messageId } = event.data as { idempotencyKey: string; messageId: string };
      expect(messageId).toBe(messageIdFor(idempotencyKey));
    }
    const received = await receivedSince(before);
    expect(received.map((parsed) => parsed.messageId)).toEqual(
      sent.map((event) => (event.data as { messageId: string }).messageId),
    );
    const rounds = events.filter((event) => event.type === 'NoticeRoundCompleted').map((event) => event.data);
    expect(rounds).toEqual([
      expect.objectContaining({ round: 'prep', messageCount: 5, unreachableIds: [ERASED] }),
      expect.objectContaining({ round: 'summary', messageCount: 10, unreachableIds: [ERASED] }),
      expect.objectContaining({ round: 'reminder-1', messageCount: 3, unreachableIds: [ERASED] }),
      expect.objectContaining({ round: 'reminder-2', messageCount: 2, unreachableIds: [ERASED] }),
      expect.objectContaining({ round: 'escalation', messageCount: 1, unreachableIds: [] }),
      expect.objectContaining({ round: 'status-report', messageCount: 1, unreachableIds: [] }),
    ]);
    expect(events.at(-2)).toMatchObject({
      type: 'CycleClosed',
      data: { exceptionIds: ['p-1-1', 'p-2-2', ERASED], reason: 'Fristen er passeret' },
    });
  });

  it('follows a changed schedule: prep moved earlier, a sooner deadline, and a cycle sent by hand sends no second prep', async () => {
    const cycle = await startCycle({ prepSendAt: new Date(Date.parse(await serverNow()) + 10 * DAY).toISOString() });
    const before = smtp.received.length;
    await cycle.run({
      type: 'ChangeSchedule',
      prepSendAt: new Date(Date.parse(await serverNow()) + DAY).toISOString(),
    });
    await env.sleep(DAY + 60_000);
    await cycle.roundDone('prep');
    expect(smtp.received.length - before).toBe(5);

    await cycle.meetingsAndSummary();
    await cycle.roundDone('summary');
    await cycle.run({ type: 'ChangeSchedule', reminders: ['P1D'], deadline: 'P2D' });
    const afterSummary = smtp.received.length;
    await env.sleep(DAY + 60_000);
    await cycle.roundDone('reminder-1');
    expect(smtp.received.length - afterSummary).toBe(5);
    await env.sleep(DAY);
    await cycle.roundDone('status-report');
    const late = (await receivedSince(afterSummary + 5)).map((parsed) => summaryOf(parsed).to);
    expect(late).toEqual([[mail('p-1-1')], [mail('p-2-1')], [CHEFGRUPPEN_ADDRESS]]);

    // Sent by hand before its time: one prep round, and the timer that was set for it sends nothing more.
    const byHand = await startCycle({ prepSendAt: new Date(Date.parse(await serverNow()) + 3 * DAY).toISOString() });
    const beforeHand = smtp.received.length;
    await byHand.run({ type: 'SendPrep' });
    await byHand.roundDone('prep');
    await env.sleep(4 * DAY);
    const prepRounds = (await byHand.events()).filter((event) => event.type === 'NoticeRoundCompleted');
    expect(prepRounds).toHaveLength(1);
    expect(smtp.received.length - beforeHand).toBe(5);
  });
});
