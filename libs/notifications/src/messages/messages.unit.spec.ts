import ICAL from 'ical.js';
import type { Agenda } from '@ledelsesrum/domain';
import { cascadeReminder, cascadeRequest } from './cascade-request';
import { escalation } from './escalation';
import { DANISH_SEPARATOR, ENGLISH_SEPARATOR, type PersonRecipient } from './format';
import { prepPackage, type PrepPackageInput } from './prep-package';
import { statusReport } from './status-report';
import { summaryPublished } from './summary-published';

const recipient: PersonRecipient = { personId: 'person-1', name: 'Søren Ærø', email: 'soren@kommune.dk' };
const english: PersonRecipient = { ...recipient, personId: 'person-2', language: 'en' };

const agenda: Agenda = {
  items: [{ title: 'Velkomst' }, { title: 'Trivsel i teamet', description: 'Hvad virker?' }],
  prepTasks: [{ title: 'Læs artiklen', description: 'Overvej tre spørgsmål' }],
  materials: [
    { kind: 'speaker', title: 'Oplæg ved Hanne Holm' },
    { kind: 'article', title: 'Tillid i ledelse', url: 'https://example.org/tillid' },
    { kind: 'case', title: 'Sagen fra Nordhavn' },
    { kind: 'other', title: 'Spørgeark' },
  ],
};

const prepInput: PrepPackageInput = {
  cycleId: 'cycle-2027-1',
  theme: 'Trivsel',
  meetingDate: '2027-03-11',
  meetingStart: '2027-03-11T09:00:00+01:00',
  place: 'Rådhuset, lokale 2',
  agenda,
  facilitator: { name: 'Åse Ørsted', email: 'aase@kommune.dk' },
  recipient,
  groupName: 'Ledergruppe Nord',
  groupId: 'group-1',
  now: '2027-02-20T10:00:00Z',
};

/** The text before the separator and after it. */
function halves(text: string, separator = ENGLISH_SEPARATOR): [string, string] {
  const [first, second, ...rest] = text.split(separator);
  expect(rest).toHaveLength(0);
  return [first ?? '', second ?? ''];
}

describe('prepPackage', () => {
  const message = prepPackage(prepInput);

  it('has a Danish-first bilingual subject and the key prep/<cycleId>/<groupId>/<personId>', () => {
    expect(message.idempotencyKey).toBe('prep/cycle-2027-1/group-1/person-1');
    expect(message.subject).toBe(
      'Forberedelse: Trivsel – møde torsdag 11. marts 2027 / Preparation: Trivsel – meeting Thursday 11 March 2027',
    );
    expect(message.to).toEqual([{ address: 'soren@kommune.dk', name: 'Søren Ærø' }]);
  });

  it('lists agenda items, prep tasks, materials with their kind, facilitator, time and place in both languages', () => {
    const [da, en] = halves(message.text);
    for (const expected of [
      'Dagsorden:',
      '• Velkomst',
      '• Trivsel i teamet: Hvad virker?',
      'Forberedelsesopgaver:',
      '• Læs artiklen: Overvej tre spørgsmål',
      '• [oplægsholder] Oplæg ved Hanne Holm',
      '• [artikel] Tillid i ledelse – https://example.org/tillid',
      '• [case] Sagen fra Nordhavn',
      '• [andet] Spørgeark',
      'Facilitator: Åse Ørsted <aase@kommune.dk>',
      'torsdag 11. marts 2027 kl. 09.00–11.00',
      'Sted: Rådhuset, lokale 2',
      'Ledergruppe Nord',
    ]) {
      expect(da).toContain(expected);
    }
    for (const expected of [
      'Agenda:',
      'Preparation tasks:',
      '• [speaker] Oplæg ved Hanne Holm',
      '• [article] Tillid i ledelse',
      '• [other] Spørgeark',
      'Thursday 11 March 2027 09:00–11:00',
      'Place: Rådhuset, lokale 2',
      'Facilitator: Åse Ørsted',
    ]) {
      expect(en).toContain(expected);
    }
  });

  it('carries the meeting as a calendar invitation', () => {
    expect(message.calendar?.method).toBe('REQUEST');
    const calendar = new ICAL.Component(ICAL.parse(message.calendar?.ics ?? ''));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe('meeting-cycle-2027-1-group-1@ledelsesrum');
    expect(message.calendar?.ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270311T090000\r\n');
    expect(message.calendar?.ics).toContain('DTEND;TZID=Europe/Copenhagen:20270311T110000\r\n');
    expect(vevent.getFirstPropertyValue('location')).toBe('Rådhuset, lokale 2');
    expect(vevent.getFirstPropertyValue('description')).toBe(message.text);
    expect(vevent.getFirstProperty('organizer')?.getFirstValue()).toBe('mailto:aase@kommune.dk');
    expect(vevent.getAllProperties('attendee').map((a) => a.getFirstValue())).toEqual(['mailto:soren@kommune.dk']);
  });

  it('puts English first for an English reader, and shows summer meetings in CEST', () => {
    const summer = prepPackage({
      ...prepInput,
      recipient: english,
      meetingDate: '2027-06-10',
      meetingStart: '2027-06-10T13:00:00+02:00',
      durationMinutes: 90,
    });
    expect(summer.idempotencyKey).toBe('prep/cycle-2027-1/group-1/person-2');
    expect(summer.subject).toMatch(/^Preparation: Trivsel – meeting Thursday 10 June 2027 \/ Forberedelse:/);
    const [en, da] = halves(summer.text, DANISH_SEPARATOR);
    expect(en).toContain('Thursday 10 June 2027 13:00–14:30');
    expect(da).toContain('torsdag 10. juni 2027 kl. 13.00–14.30');
    expect(summer.calendar?.ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270610T130000\r\n');
  });

  it('is the same message on a retry', () => {
    expect(prepPackage(prepInput)).toEqual(message);
  });
});

describe('summaryPublished', () => {
  it('carries the summary once, in Danish and English parts, with key summary/<cycleId>/<personId>', () => {
    const message = summaryPublished({
      cycleId: 'c1',
      theme: 'Trivsel',
      summaryText: 'Vi blev enige om X.',
      recipient,
    });
    expect(message.idempotencyKey).toBe('summary/c1/person-1');
    expect(message.subject).toBe('Opsamling: Trivsel / Summary: Trivsel');
    const [da, en] = halves(message.text);
    expect(da).toContain('Vi blev enige om X.');
    expect(da).toContain('Kære Søren Ærø');
    expect(en).toContain('The summary of the meetings on "Trivsel" has been published');
    expect(message.text.split('Vi blev enige om X.')).toHaveLength(2);
  });

  it('puts English first for an English reader', () => {
    const message = summaryPublished({ cycleId: 'c1', theme: 'T', summaryText: 'Text.', recipient: english });
    expect(message.subject).toBe('Summary: T / Opsamling: T');
    const [en, da] = halves(message.text, DANISH_SEPARATOR);
    expect(en).toContain('Text.');
    expect(da).toContain('se teksten ovenfor');
  });
});

describe('cascadeRequest and cascadeReminder', () => {
  const input = {
    cycleId: 'c1',
    theme: 'Trivsel',
    confirmUrl: 'https://ledelsesrum.kommune.dk/confirm/abc123',
    deadline: '2027-04-01',
    recipient,
  };

  it('sends the personal link and the deadline in Danish and English', () => {
    const message = cascadeRequest(input);
    expect(message.idempotencyKey).toBe('cascade-request/c1/person-1');
    expect(message.subject).toBe('Bekræft videreformidling: Trivsel / Confirm cascade: Trivsel');
    const [da, en] = halves(message.text);
    expect(da).toContain('https://ledelsesrum.kommune.dk/confirm/abc123');
    expect(da).toContain('senest torsdag 1. april 2027');
    expect(da).toContain('kræver ikke login');
    expect(en).toContain('https://ledelsesrum.kommune.dk/confirm/abc123');
    expect(en).toContain('by Thursday 1 April 2027');
  });

  it('numbers reminders in the key', () => {
    const first = cascadeReminder({ ...input, reminderNumber: 1 });
    const second = cascadeReminder({ ...input, reminderNumber: 2 });
    expect(first.idempotencyKey).toBe('cascade-reminder/c1/person-1/1');
    expect(second.idempotencyKey).toBe('cascade-reminder/c1/person-1/2');
    expect(first.subject).toMatch(/^Påmindelse: bekræft videreformidling: Trivsel \/ Reminder:/);
    expect(first.text).toContain(input.confirmUrl);
    expect(first.text).toContain('torsdag 1. april 2027');
    expect(() => cascadeReminder({ ...input, reminderNumber: 0 })).toThrow(RangeError);
  });
});

describe('escalation', () => {
  it('lists the unconfirmed leaders to the facilitator', () => {
    const message = escalation({
      cycleId: 'c1',
      theme: 'Trivsel',
      facilitator: { personId: 'fac-1', name: 'Åse Ørsted', email: 'aase@kommune.dk' },
      unconfirmed: [
        { name: 'Bo Bæk', email: 'bo@kommune.dk' },
        { name: 'Lise Lund', email: 'lise@kommune.dk' },
      ],
    });
    expect(message.idempotencyKey).toBe('escalation/c1/fac-1');
    expect(message.to).toEqual([{ address: 'aase@kommune.dk', name: 'Åse Ørsted' }]);
    expect(message.subject).toBe('Manglende bekræftelser: Trivsel / Missing confirmations: Trivsel');
    const [da, en] = halves(message.text);
    expect(da).toContain('• Bo Bæk <bo@kommune.dk>');
    expect(da).toContain('• Lise Lund <lise@kommune.dk>');
    expect(en).toContain('• Bo Bæk <bo@kommune.dk>');
  });
});

describe('statusReport', () => {
  it('counts and lists pending leaders by group, with key status-report:<cycleId>', () => {
    const message = statusReport({
      cycleId: 'c1',
      theme: 'Trivsel',
      total: 4,
      confirmed: 3,
      pending: [{ name: 'Bo Bæk', group: 'Ledergruppe Nord' }],
      recipients: [
        { name: 'Chef A', email: 'a@kommune.dk' },
        { name: 'Chef B', email: 'b@kommune.dk' },
      ],
      asOf: '2027-04-02T06:00:00Z',
    });
    expect(message.idempotencyKey).toBe('status-report/c1');
    expect(message.to.map((r) => r.address)).toEqual(['a@kommune.dk', 'b@kommune.dk']);
    expect(message.subject).toBe('Status for videreformidling: Trivsel / Cascade status: Trivsel');
    const [da, en] = halves(message.text);
    expect(da).toContain('pr. fredag 2. april 2027: 3 af 4 ledere (75 %)');
    expect(da).toContain('• Bo Bæk (Ledergruppe Nord)');
    expect(en).toContain('as of Friday 2 April 2027: 3 of 4 leaders (75%)');
  });
});

describe('subjects', () => {
  it('never carry a line break', () => {
    const message = cascadeRequest({
      cycleId: 'c1',
      theme: 'Trivsel\r\nBcc: evil@example.org',
      confirmUrl: 'https://x',
      deadline: '2027-04-01',
      recipient,
    });
    expect(message.subject).not.toMatch(/[\r\n]/);
  });
});
