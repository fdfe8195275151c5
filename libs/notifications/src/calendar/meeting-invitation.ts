import { copenhagenWallTime, COPENHAGEN_TIME_ZONE, readInstant, type WallTime } from '@ledelsesrum/domain';
import { escapeText, mailto, paramValue, toIcs } from './ics-text';

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
];

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function localDateTime(time: WallTime): string {
  return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
}

function utcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An RFC 5545 `METHOD:REQUEST` invitation for one meeting, in Europe/Copenhagen local time. Pure. */
export function meetingInvitation(input: MeetingInvitationInput): string {
  if (!Number.isFinite(input.durationMinutes) || input.durationMinutes <= 0) {
    throw new RangeError(`durationMinutes must be positive, got ${input.durationMinutes}`);
  }
  const start = readInstant(input.start);
  const end = new Date(start.getTime() + input.durationMinutes * 60_000);
  const stamp = readInstant(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    ...VTIMEZONE_COPENHAGEN,
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `SEQUENCE:${input.sequence ?? 0}`,
    `DTSTAMP:${utcDateTime(stamp)}`,
    `DTSTART;TZID=${COPENHAGEN_TIME_ZONE}:${localDateTime(copenhagenWallTime(start))}`,
    `DTEND;TZID=${COPENHAGEN_TIME_ZONE}:${localDateTime(copenhagenWallTime(end))}`,
    `SUMMARY:${escapeText(input.summary)}`,
    `DESCRIPTION:${escapeText(input.description)}`,
    ...(input.location === undefined ? [] : [`LOCATION:${escapeText(input.location)}`]),
    `ORGANIZER;CN=${paramValue(input.organizer.name)}:${mailto(input.organizer.email)}`,
    ...input.attendees.map(
      (attendee) =>
        `ATTENDEE;${attendee.name === undefined ? '' : `CN=${paramValue(attendee.name)};`}` +
        `ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:${mailto(attendee.email)}`,
    ),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return toIcs(lines);
}
