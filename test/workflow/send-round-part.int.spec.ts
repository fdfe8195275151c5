import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { cycleStreamId, decideCycle, foldCycle, type CycleCommand, type CycleEvent } from '@ledelsesrum/domain';
import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';
import { SmtpSender, SqliteSentLog, messageIdFor, messageKey } from '@ledelsesrum/notifications';
import { MockActivityEnvironment } from '@temporalio/testing';
import { PersonalDataVault, SqlitePersonKeyStore } from '@ledelsesrum/personal-data';
import { createSendRoundPart } from '../../apps/worker/src/activities/send-round-part';
import { startSmtpCapture, type SmtpCapture } from '../../libs/notifications/src/testing/smtp-capture';
import { noticeDependencies } from '../support/notice-dependencies';
import { groupSnapshots, organisationFixture, storeOrganisation } from '../support/organisation-fixture';

const fixture = organisationFixture(2, 3);
const everyone = fixture.people.map((person) => person.id);

/** Stores a cycle up to its published summary, decided by the domain as the workflow would. */
async function storeCycleWithSummary(store: SqliteEventStore, cycleId: string): Promise<void> {
  // Each command at its moment: launched and prepared a week ahead, met on the day, summed up the day after.
  const commands: [CycleCommand, string][] = [
    [
      { type: 'LaunchCycle', cycleId, theme: 'Trivsel', meetingDate: '2027-03-11', groups: groupSnapshots(fixture) },
      '2027-03-01T09:00:00Z',
    ],
    [{ type: 'SetAgenda', items: [{ title: 'Trivsel' }], prepTasks: [], materials: [] }, '2027-03-01T09:00:00Z'],
    [{ type: 'SendPrep' }, '2027-03-04T07:00:00Z'],
    ...fixture.groups.map((group): [CycleCommand, string] => [
      {
        type: 'RecordMeeting',
        groupId: group.id,
        heldAt: '2027-03-11T09:00:00Z',
        attendeeIds: [...group.memberIds],
        keyPoints: [],
        inputToChefgruppen: [],
      },
      '2027-03-11T12:00:00Z',
    ]),
    [{ type: 'PublishSummary', text: 'Opsamling' }, '2027-03-12T09:00:00Z'],
  ];
  let events: CycleEvent[] = [];
  for (const [command, now] of commands) {
    events = [...events, ...decideCycle(command, foldCycle(events), { actorId: 'chef-1', now })];
  }
  await store.appendToStream(
    cycleStreamId(cycleId),
    events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata: {} })),
    { expectedRevision: 'no_stream' },
  );
}

/** The messages the store recorded for the cycle, in order. */
async function recorded(store: SqliteEventStore, cycleId: string) {
  const events = await store.readStream(cycleStreamId(cycleId));
  return {
    sent: events
      .filter((event) => event.type === 'NotificationSent')
      .map((event) => event.data as { kind: string; recipientIds: string[]; messageId: string }),
    completed: events.filter((event) => event.type === 'NoticeRoundCompleted').map((event) => event.data),
  };
}

const WHOLE_ROUND = { messageCount: 0, unreachableIds: [] };

describe('sendRoundPart, the activity: a retry after a failure part-way sends and records only what was not', () => {
  let store: SqliteEventStore;
  let vault: PersonalDataVault;
  let smtp: SmtpCapture;
  let refuseOnce: string | undefined;
  let permanentlyRefused: string | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'ledelsesrum-send-'));

  beforeAll(async () => {
    store = await SqliteEventStore.open(join(dir, 'events.sqlite'));
    vault = new PersonalDataVault(new SqlitePersonKeyStore(join(dir, 'keys.sqlite')));
    await storeOrganisation(store, vault, fixture);
    // A real SMTP server that refuses one recipient once, as a server in trouble would.
    smtp = await startSmtpCapture({
      onRcptTo(address, _session, callback) {
        if (address.address === permanentlyRefused) {
          callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
          return;
        }
        if (address.address === refuseOnce) {
          refuseOnce = undefined;
          callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
          return;
        }
        callback();
      },
    });
  });
  afterAll(async () => {
    await smtp.stop();
    await store.close();
  });

  it('fails on the refused message, and the retry sends the rest once, reporting every message with one Message-ID', async () => {
    const cycleId = 'c-retry';
    await storeCycleWithSummary(store, cycleId);
    const sender = new SmtpSender({
      url: smtp.url,
      allowPlaintext: true,
      sentLog: new SqliteSentLog(join(dir, 'sent.sqlite')),
    });
    const sendRoundPart = createSendRoundPart(noticeDependencies(store, { vault, sender }));
    const third = fixture.people[2]!;
    refuseOnce = third.email;

    const input = { cycleId, round: 'summary' as const, part: 0, recipientIds: everyone, completes: WHOLE_ROUND };
    await expect(sendRoundPart(input)).rejects.toThrow(/451 Mailbox busy/);
    // Summary and request to the first two, then the third one's summary was refused; nothing recorded yet.
    expect(smtp.received).toHaveLength(4);
    expect((await recorded(store, cycleId)).sent).toEqual([]);

    const retried = await sendRoundPart(input);
    expect(retried.messageCount).toBe(everyone.length * 2);
    expect(smtp.received).toHaveLength(everyone.length * 2);
    // Once recorded, the part is done: a third attempt sends and records nothing.
    await sendRoundPart(input);
    await sender.close();
    expect(smtp.received).toHaveLength(everyone.length * 2);
    const { sent, completed } = await recorded(store, cycleId);
    expect(completed).toEqual([expect.objectContaining({ round: 'summary', messageCount: everyone.length * 2 })]);
    const received = await Promise.all(smtp.received.map((mail) => simpleParser(mail.raw)));
    expect(received.map((mail) => mail.messageId).sort()).toEqual(sent.map((message) => message.messageId).sort());
    expect(sent.map((message) => [message.kind, message.recipientIds])).toEqual(
      everyone.flatMap((id) => [
        ['summary', [id]],
        ['cascade-request', [id]],
      ]),
    );
  });

  it('reports a leader whose mailbox the server refuses for good (550) as unreachable, and sends the others', async () => {
    const cycleId = 'c-refused';
    await storeCycleWithSummary(store, cycleId);
    const sender = new SmtpSender({
      url: smtp.url,
      allowPlaintext: true,
      sentLog: new SqliteSentLog(join(dir, 'sent-refused.sqlite')),
    });
    const sendRoundPart = createSendRoundPart(noticeDependencies(store, { vault, sender }));
    const before = smtp.received.length;
    permanentlyRefused = fixture.people[1]!.email;

    const result = await sendRoundPart({
      cycleId,
      round: 'summary',
      part: 0,
      recipientIds: everyone,
      completes: WHOLE_ROUND,
    });
    await sender.close();
    permanentlyRefused = undefined;
    expect(result).toEqual({ messageCount: (everyone.length - 1) * 2, unreachableIds: [fixture.people[1]!.id] });
    expect(smtp.received.length - before).toBe((everyone.length - 1) * 2);
    expect((await recorded(store, cycleId)).completed).toEqual([
      expect.objectContaining({ round: 'summary', unreachableIds: [fixture.people[1]!.id] }),
    ]);
  });

  it('skips the keys an earlier attempt reported in its heartbeat, as a retry on another worker would see them (Temporal MockActivityEnvironment stands in for the retry)', async () => {
    const cycleId = 'c-heartbeat';
    await storeCycleWithSummary(store, cycleId);
    const sender = new SmtpSender({
      url: smtp.url,
      allowPlaintext: true,
      sentLog: new SqliteSentLog(join(dir, 'sent-heartbeat.sqlite')),
    });
    const sendRoundPart = createSendRoundPart(noticeDependencies(store, { vault, sender }));
    const sentKeys = [messageKey('summary', cycleId, 'p-1-1'), messageKey('cascade-request', cycleId, 'p-1-1')];
    const before = smtp.received.length;

    const retry = new MockActivityEnvironment({ heartbeatDetails: { sentKeys } });
    const result = (await retry.run(sendRoundPart, {
      cycleId,
      round: 'summary' as const,
      part: 0,
      recipientIds: everyone,
    })) as Awaited<ReturnType<typeof sendRoundPart>>;
    await sender.close();
    expect(smtp.received.length - before).toBe(everyone.length * 2 - 2);
    const { sent } = await recorded(store, cycleId);
    expect(sent.slice(0, 2).map((message) => message.messageId)).toEqual(sentKeys.map((key) => messageIdFor(key)));
    expect(result.messageCount).toBe(everyone.length * 2);
    expect(sent).toHaveLength(everyone.length * 2);
  });
});
