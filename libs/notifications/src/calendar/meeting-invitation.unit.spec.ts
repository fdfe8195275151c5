import ICAL from 'ical.js';
import { meetingInvitation, type MeetingInvitationInput } from './meeting-invitation';

const base: MeetingInvitationInput = {
  uid: 'meeting-cycle-2027-1-group-1@ledelsesrum',
  start: '2027-01-14T09:00:00+01:00',
  durationMinutes: 90,
  summary: 'Ledergruppe Nord: Trivsel',
  description: 'Dagsorden',
  location: 'Rådhuset, mødelokale 2',
  organizer: { name: 'Åse Ørsted', email: 'aase@kommune.dk' },
  attendees: [{ name: 'Bjørn Æblegaard', email: 'bjorn@kommune.dk' }, { email: 'anon@kommune.dk' }],
  now: '2027-01-02T10:11:12+01:00',
};

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent };
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ics.slice(0, -2).split('\r\n');
}

describe('meetingInvitation', () => {
  it('is a METHOD:REQUEST VCALENDAR with PRODID, VERSION, VTIMEZONE, UID, SEQUENCE and DTSTAMP', () => {
    const ics = meetingInvitation({ ...base, sequence: 3 });
    const { calendar, vevent } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Ledelsesrum/);
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    expect(vtimezone?.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
    expect(vevent.getFirstPropertyValue('uid')).toBe(base.uid);
    expect(vevent.getFirstPropertyValue('sequence')).toBe(3);
    expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2027-01-02T09:11:12Z');
    expect(ics).toContain('\r\nDTSTAMP:20270102T091112Z\r\n');
  });

  it('defaults SEQUENCE to 0', () => {
    expect(parse(meetingInvitation(base)).vevent.getFirstPropertyValue('sequence')).toBe(0);
  });

  it('writes winter (CET, +01:00) times as Copenhagen wall time', () => {
    const ics = meetingInvitation({ ...base, start: '2027-01-14T08:00:00Z', durationMinutes: 90 });
    const { calendar, vevent } = parse(ics);
    const dtstart = vevent.getFirstProperty('dtstart');
    expect(dtstart?.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Copenhagen:20270114T090000\r\n');
    expect(ics).toContain('\r\nDTEND;TZID=Europe/Copenhagen:20270114T103000\r\n');

    const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    start.zone = timezone;
    expect(start.toString()).toBe('2027-01-14T09:00:00');
    expect(start.toJSDate().toISOString()).toBe('2027-01-14T08:00:00.000Z');
    const end = vevent.getFirstPropertyValue('dtend') as ICAL.Time;
    end.zone = timezone;
    expect(end.toJSDate().toISOString()).toBe('2027-01-14T09:30:00.000Z');
  });

  it('writes summer (CEST, +02:00) times as Copenhagen wall time', () => {
    const ics = meetingInvitation({ ...base, start: '2027-06-10T13:00:00+02:00', durationMinutes: 120 });
    const { calendar, vevent } = parse(ics);
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Copenhagen:20270610T130000\r\n');
    expect(ics).toContain('\r\nDTEND;TZID=Europe/Copenhagen:20270610T150000\r\n');
    const event = new ICAL.Event(vevent);
    const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    event.startDate.zone = timezone;
    event.endDate.zone = timezone;
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-06-10T11:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-06-10T13:00:00.000Z');
  });

  it('converts an instant given in another offset and computes DTEND across a DST change', () => {
    // 2027-03-28 is the last Sunday of March: 02:00 CET becomes 03:00 CEST.
    const ics = meetingInvitation({ ...base, start: '2027-03-28T00:30:00Z', durationMinutes: 120 });
    expect(ics).toContain('DTSTART;TZID=Europe/Copenhagen:20270328T013000\r\n');
    expect(ics).toContain('DTEND;TZID=Europe/Copenhagen:20270328T043000\r\n');
  });

  it('lists the organizer and the attendees', () => {
    const { vevent } = parse(meetingInvitation(base));
    const organizer = vevent.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe('mailto:aase@kommune.dk');
    expect(organizer?.getParameter('cn')).toBe('Åse Ørsted');
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees.map((a) => a.getFirstValue())).toEqual(['mailto:bjorn@kommune.dk', 'mailto:anon@kommune.dk']);
    expect(attendees[0]?.getParameter('cn')).toBe('Bjørn Æblegaard');
    expect(attendees[1]?.getParameter('cn')).toBeUndefined();
    for (const attendee of attendees) {
      expect(attendee.getParameter('role')).toBe('REQ-PARTICIPANT');
      expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
      expect(attendee.getParameter('rsvp')).toBe('TRUE');
    }
  });

  it('round-trips Danish letters, commas, semicolons, backslashes and newlines in TEXT values', () => {
    const description =
      'Kære alle, velkommen; vi ses på Rådhuset.\nDagsorden:\r\n  • Æbler, pærer; blåbær\\jordbær\n\nHilsen Ø' +
      ' – med en lang linje der fylder mere end femoghalvfjerds oktetter, så den skal foldes: æøåæøåæøåæøåæøåæøå';
    const summary = 'Møde; trivsel, ledelse\\Ærø';
    const ics = meetingInvitation({ ...base, description, summary, location: 'Sal 1, Ærøskøbing; 2. sal' });
    const { vevent } = parse(ics);
    expect(vevent.getFirstPropertyValue('description')).toBe(description.replace(/\r\n/g, '\n'));
    expect(vevent.getFirstPropertyValue('summary')).toBe(summary);
    expect(vevent.getFirstPropertyValue('location')).toBe('Sal 1, Ærøskøbing; 2. sal');
  });

  it('quotes a CN that contains a comma or colon and drops characters a parameter cannot hold', () => {
    const ics = meetingInvitation({ ...base, organizer: { name: 'Hansen, "Lis": chef\nX', email: 'lis@kommune.dk' } });
    const organizer = parse(ics).vevent.getFirstProperty('organizer');
    expect(organizer?.getParameter('cn')).toBe("Hansen, 'Lis': chef X");
  });

  it('uses CRLF and folds every physical line to at most 75 octets, never splitting a UTF-8 character', () => {
    const description = 'æ'.repeat(200) + ' ' + 'ø, å; '.repeat(60) + '😀'.repeat(40);
    const ics = meetingInvitation({
      ...base,
      description,
      attendees: [{ name: 'Æ'.repeat(80), email: 'long@kommune.dk' }],
    });
    const lines = physicalLines(ics);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      // No half of a surrogate pair (a 4-byte character split in two) at either end of a line.
      expect(line).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(parse(ics).vevent.getFirstPropertyValue('description')).toBe(description);
  });

  it('leaves a line that fits alone, and moves a character that would not fit to the next line whole', () => {
    const fits = physicalLines(meetingInvitation({ ...base, description: 'a'.repeat(62) }));
    expect(fits).toContain(`DESCRIPTION:${'a'.repeat(62)}`);
    // "DESCRIPTION:" and 62 ASCII characters are 74 octets: a 2-byte character would make 76.
    const moved = physicalLines(meetingInvitation({ ...base, description: `${'a'.repeat(62)}æb` }));
    expect(moved).toContain(`DESCRIPTION:${'a'.repeat(62)}`);
    expect(moved[moved.indexOf(`DESCRIPTION:${'a'.repeat(62)}`) + 1]).toBe(' æb');
  });

  it('rejects an unreadable start and a non-positive duration', () => {
    expect(() => meetingInvitation({ ...base, start: 'tomorrow' })).toThrow(RangeError);
    expect(() => meetingInvitation({ ...base, durationMinutes: 0 })).toThrow(RangeError);
  });
});
