import ICAL from 'ical.js';
import { copenhagenWallTime, COPENHAGEN_TIME_ZONE, readInstant } from '@ledelsesrum/domain';

export interface MeetingInvitationInput {
  /** Stable for the meeting: a changed invitation keeps the UID and raises the SEQUENCE. */
  readonly uid: string;
  readonly sequence?: number;
  /** ISO 8601 with offset, e.g. `2027-03-11T09:00:00+01:00`. */
  readonly start: string;
  readonly durationMinutes: number;
  readonly summary: string;
  readonly description: string;
  readonly location?: string;
  readonly organizer: { readonly name: string; readonly email: string };
  readonly attendees: readonly { readonly name?: string; readonly email: string }[];
  /** ISO 8601; becomes DTSTAMP. */
  readonly now: string;
}

export const PRODID = '-//Ledelsesrum//Ledelsesrum Notifications//DA';

/**
 * RFC 5545 §3.1: no line longer than 75 octets, the leading space of a continued line included. ical.js folds the
 * text after that space to its `foldLength`, so one less keeps every physical line within 75.
 */
ICAL.foldLength = 74;

/** Standard Danish rules (EU): CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const VTIMEZONE_COPENHAGEN = [
  'BEGIN:VTIMEZONE',
  `TZID:${COPENHAGEN_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * An RFC 5545 `METHOD:REQUEST` invitation for one meeting, in Europe/Copenhagen local time. Pure. ical.js writes the
 * lines (TEXT escaping, parameter quoting, folding); the wall time is ours, from the instant, so it does not depend on
 * the time zone the process runs in.
 */
export function meetingInvitation(input: MeetingInvitationInput): string {
  if (!Number.isFinite(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be positive, got ${input.durationMinutes}`);
  }
  const start = readInstant(input.start);
  const end = new Date(start.getTime() + input.durationMinutes * 60_000);

  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'REQUEST');
  calendar.addSubcomponent(new ICAL.Component(ICAL.parse(VTIMEZONE_COPENHAGEN)));

  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', text(input.uid));
  event.addPropertyWithValue('sequence', input.sequence ?? 0);
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(readInstant(input.now), true));
  event.addProperty(localTime('dtstart', start));
  event.addProperty(localTime('dtend', end));
  event.addPropertyWithValue('summary', text(input.summary));
  event.addPropertyWithValue('description', text(input.description));
  if (input.location !== undefined) event.addPropertyWithValue('location', text(input.location));
  event.addProperty(person('organizer', input.organizer.email, input.organizer.name));
  for (const attendee of input.attendees) {
    const property = person('attendee', attendee.email, attendee.name);
    property.setParameter('role', 'REQ-PARTICIPANT');
    property.setParameter('partstat', 'NEEDS-ACTION');
    property.setParameter('rsvp', 'TRUE');
    event.addProperty(property);
  }
  event.addPropertyWithValue('status', 'CONFIRMED');
  event.addPropertyWithValue('transp', 'OPAQUE');
  calendar.addSubcomponent(event);
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}

/** ical.js escapes LF in TEXT as `\n` but writes a CR as it is, which ends the line early: every line break as LF. */
function text(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

/** `DTSTART;TZID=Europe/Copenhagen:20270114T090000`: the instant as Copenhagen wall time. */
function localTime(name: 'dtstart' | 'dtend', instant: Date): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(ICAL.Time.fromData({ ...copenhagenWallTime(instant), isDate: false }));
  property.setParameter('tzid', COPENHAGEN_TIME_ZONE);
  return property;
}

/**
 * An ORGANIZER or ATTENDEE. A parameter cannot hold control characters or DQUOTE (RFC 5545 §3.1; RFC 6868's escapes
 * are not read by every client), so they become spaces and apostrophes; nothing that could break the line reaches the
 * `mailto:` URI.
 */
function person(name: 'organizer' | 'attendee', email: string, displayName: string | undefined): ICAL.Property {
  const property = new ICAL.Property(name);
  property.setValue(`mailto:${email.replace(/[\u0000-\u0020\u007f]/g, '')}`);
  if (displayName !== undefined) {
    property.setParameter('cn', displayName.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/"/g, "'"));
  }
  return property;
}
