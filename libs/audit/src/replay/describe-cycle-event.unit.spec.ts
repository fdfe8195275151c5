import type { CycleEvent } from '@ledelsesrum/domain';
import { describeCycleEvent } from './describe-cycle-event';

const describe_ = (event: CycleEvent) => describeCycleEvent(event.type, event.data);
const AT = '2027-03-11T09:00:00Z';
const SEALED = { alg: 'A256GCM' as const, iv: 'aXY=', ciphertext: 'eA==', tag: 'dGFn' };

describe('describeCycleEvent', () => {
  it.each<[CycleEvent, string]>([
    [
      {
        type: 'CycleLaunched',
        data: {
          cycleId: 'c-1',
          theme: 'Psykisk arbejdsmiljø',
          meetingDate: '2027-03-11',
          groups: [{ id: 'g-1', facilitatorId: 'p-1', memberIds: ['p-1', 'p-2'] }],
          launchedBy: 'chef-1',
          launchedAt: AT,
        },
      } as CycleEvent,
      'Møderunde startet: «Psykisk arbejdsmiljø», møde 2027-03-11, 1 gruppe / Meeting round launched: “Psykisk arbejdsmiljø”, meeting 2027-03-11, 1 group',
    ],
    [
      {
        type: 'CycleLaunched',
        data: {
          cycleId: 'c-0',
          theme: 'Trivsel',
          meetingDate: '2027-02-11',
          groups: [{ id: 'g-1', facilitatorId: 'p-1', memberIds: ['p-1'] }],
          backRegistration: true,
          launchedBy: 'chef-1',
          launchedAt: AT,
        },
      } as CycleEvent,
      'Møderunde startet: «Trivsel», møde 2027-02-11, 1 gruppe, efterregistreret / Meeting round launched: “Trivsel”, meeting 2027-02-11, 1 group, registered after it was held',
    ],
    [
      { type: 'AgendaSet', data: { items: [{ title: 'a' }, { title: 'b' }], prepTasks: [], materials: [], setAt: AT } },
      'Dagsorden sat: 2 punkter, 0 opgaver, 0 materialer / Agenda set: 2 items, 0 prep tasks, 0 materials',
    ],
    [
      { type: 'PrepSent', data: { recipientIds: ['p-1', 'p-2'], sentAt: AT } },
      'Forberedelse sendt til 2 ledere / Prep sent to 2 leaders',
    ],
    [
      {
        type: 'MeetingRecorded',
        data: { groupId: 'g-1', heldAt: AT, attendeeIds: [], keyPoints: [], inputToChefgruppen: [], recordedBy: 'p-1' },
      },
      'Møde registreret for g-1 / Meeting recorded for g-1',
    ],
    [{ type: 'MeetingsHeld', data: { at: AT } }, 'Alle gruppers møder er holdt / Every group’s meeting is held'],
    [
      { type: 'SummaryPublished', data: { text: 'x', publishedAt: AT } },
      'Opsamling offentliggjort / Summary published',
    ],
    [
      { type: 'CascadeConfirmed', data: { personId: 'p-7', passedOnAt: AT, channel: 'møde', confirmedAt: AT } },
      'Videreformidling bekræftet af p-7 / Cascade confirmed by p-7',
    ],
    [
      { type: 'CascadeReleased', data: { personId: 'p-7', reason: 'orlov', releasedBy: 'chef-1', at: AT } },
      'p-7 fritaget for videreformidlingen / p-7 released from the cascade',
    ],
    [
      {
        type: 'CascadeConfirmationCorrected',
        data: { personId: 'p-7', passedOnAt: AT, channel: 'e-mail', correctedAt: AT },
      },
      'Bekræftelse af videreformidling rettet af p-7 / Cascade confirmation corrected by p-7',
    ],
    [
      { type: 'CascadeConfirmationWithdrawn', data: { personId: 'p-7', reason: SEALED, withdrawnAt: AT } },
      'Bekræftelse af videreformidling trukket tilbage af p-7 / Cascade confirmation withdrawn by p-7',
    ],
    [
      { type: 'CascadeReleaseUndone', data: { personId: 'p-7', reason: SEALED, undoneBy: 'chef-1', at: AT } },
      'Fritagelse af p-7 fortrudt / Release of p-7 undone',
    ],
    [
      {
        type: 'ScheduleChanged',
        data: { schedule: { prepSendAt: AT, reminders: [], deadline: 'P14D' }, changedBy: 'chef-1', at: AT },
      },
      'Tidsplan ændret / Schedule changed',
    ],
    [
      { type: 'CycleClosed', data: { reason: 'slut', exceptionIds: ['p-2', 'p-3'], closedBy: 'chef-1', at: AT } },
      'Møderunde lukket med 2 undtagelser / Meeting round closed with 2 exceptions',
    ],
    [
      {
        type: 'InputTakenUp',
        data: { fromCycleId: 'c-0', groupId: 'g-1', item: 1, text: 'x', by: 'chef-1', at: AT },
      },
      'Input taget op: punkt 1 fra g-1 i møderunde c-0 / Input taken up: item 1 from g-1 in meeting round c-0',
    ],
    [
      {
        type: 'NotificationSent',
        data: {
          round: 'reminder-1',
          kind: 'cascade-reminder',
          idempotencyKey: 'k',
          recipientIds: ['p-7'],
          messageId: '<m@x>',
          sentAt: AT,
        },
      },
      'Besked sendt: påmindelse 1 til p-7 / Message sent: reminder 1 to p-7',
    ],
    [
      {
        type: 'NotificationSent',
        data: {
          round: 'status-report',
          kind: 'status-report',
          idempotencyKey: 'k',
          recipientIds: [],
          audience: 'chefgruppen',
          messageId: '<m@x>',
          sentAt: AT,
        },
      },
      'Besked sendt: statusrapport til chefgruppen / Message sent: status report to chefgruppen',
    ],
    [
      {
        type: 'NotificationSent',
        data: {
          round: 'summary',
          kind: 'staff-summary',
          idempotencyKey: 'k',
          recipientIds: [],
          audience: 'distribution-list',
          list: { name: 'Alle medarbejdere', address: 'alle@kommune.dk' },
          messageId: '<m@x>',
          sentAt: AT,
        },
      },
      'Besked sendt: opsamling til medarbejderne til fordelingslisten «Alle medarbejdere» <alle@kommune.dk> / ' +
        'Message sent: summary for staff to the distribution list “Alle medarbejdere” <alle@kommune.dk>',
    ],
    [
      {
        type: 'NotificationSent',
        data: {
          round: 'escalation',
          kind: 'escalation',
          idempotencyKey: 'k',
          recipientIds: ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'],
          messageId: '<m@x>',
          sentAt: AT,
        },
      },
      'Besked sendt: eskalering til p-1, p-2, p-3 og 2 flere / Message sent: escalation to p-1, p-2, p-3 and 2 more',
    ],
    [
      { type: 'NoticeRoundCompleted', data: { round: 'prep', messageCount: 1, unreachableIds: [], at: AT } },
      'Udsendelse afsluttet: forberedelse, 1 besked / Round done: prep, 1 message',
    ],
    [
      { type: 'NoticeRoundCompleted', data: { round: 'reminder-2', messageCount: 4, unreachableIds: ['p-9'], at: AT } },
      'Udsendelse afsluttet: påmindelse 2, 4 beskeder, 1 kunne ikke nås / Round done: reminder 2, 4 messages, 1 unreachable',
    ],
    [{ type: 'CycleCompleted', data: { at: AT } }, 'Møderunde afsluttet / Meeting round completed'],
  ])('%#: %j', (event, line) => {
    const { da, en } = describe_(event);
    expect(`${da} / ${en}`).toBe(line);
  });

  it('names an event type it does not know, rather than failing the replay', () => {
    expect(describeCycleEvent('SomethingNew', {})).toEqual({ da: 'Hændelse SomethingNew', en: 'Event SomethingNew' });
  });
});
