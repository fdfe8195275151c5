/** Shared helpers for the message builders: bilingual layout, Danish/English dates and times. Pure. */
import type { Language, MaterialKind } from '@ledelsesrum/domain';
import { COPENHAGEN, parseInstant } from '../calendar/copenhagen-time';
import type { OutgoingMessage } from '../notification.port';

// The person's language is part of the organisation; re-exported so message callers need only this package.
export type { Language };

/** One person a message goes to. `language: 'en'` puts the English part first. */
export interface PersonRecipient {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly language?: Language;
}

export interface Contact {
  readonly name: string;
  readonly email: string;
}

export const ENGLISH_SEPARATOR = '—— English ——';
export const DANISH_SEPARATOR = '—— Dansk ——';

export interface Part {
  readonly subject: string;
  readonly body: string;
}

/** Header values never carry a line break (a subject with one could inject headers). */
export function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Subject `da / en` and body `da, —— English ——, en` (or the other way round for English readers). */
export function bilingual(da: Part, en: Part, language: Language = 'da'): { subject: string; text: string } {
  const [first, second, separator] = language === 'en' ? [en, da, DANISH_SEPARATOR] : [da, en, ENGLISH_SEPARATOR];
  return {
    subject: oneLine(`${first.subject} / ${second.subject}`),
    text: `${first.body.trimEnd()}\n\n${separator}\n\n${second.body.trimEnd()}\n`,
  };
}

export function message(
  idempotencyKey: string,
  to: readonly Contact[],
  da: Part,
  en: Part,
  language?: Language,
): OutgoingMessage {
  const { subject, text } = bilingual(da, en, language);
  return { idempotencyKey, to: to.map((contact) => ({ address: contact.email, name: contact.name })), subject, text };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` (a Copenhagen date) or an ISO instant. Noon UTC is the same calendar day in Copenhagen. */
function toInstant(value: string): Date {
  return parseInstant(DATE_ONLY.test(value) ? `${value}T12:00:00Z` : value);
}

/**
 * Formatters made once: building an Intl.DateTimeFormat costs far more than using one, and a round of 5,000
 * messages formats dates in every one of them.
 */
const DATE_FORMATS: Readonly<Record<'da-DK' | 'en-GB', Intl.DateTimeFormat>> = {
  'da-DK': dateFormat('da-DK'),
  'en-GB': dateFormat('en-GB'),
};

const CLOCK_FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: COPENHAGEN,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function dateFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    timeZone: COPENHAGEN,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

function dateParts(locale: keyof typeof DATE_FORMATS, value: string): Record<string, string> {
  const format = DATE_FORMATS[locale];
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(toInstant(value))) parts[part.type] = part.value;
  return parts;
}

/** `torsdag 11. marts 2027`. */
export function danishDate(value: string): string {
  const p = dateParts('da-DK', value);
  return `${p['weekday']} ${p['day']}. ${p['month']} ${p['year']}`;
}

/** `Thursday 11 March 2027`. */
export function englishDate(value: string): string {
  const p = dateParts('en-GB', value);
  return `${p['weekday']} ${p['day']} ${p['month']} ${p['year']}`;
}

function clock(instant: Date, separator: string): string {
  const parts: Record<string, string> = {};
  for (const part of CLOCK_FORMAT.formatToParts(instant)) parts[part.type] = part.value;
  return `${parts['hour']}${separator}${parts['minute']}`;
}

/** `09.00` (Danish style) in Copenhagen time. */
export function danishTime(instant: Date): string {
  return clock(instant, '.');
}

/** `09:00` in Copenhagen time. */
export function englishTime(instant: Date): string {
  return clock(instant, ':');
}

export const MATERIAL_KIND_DA: Readonly<Record<MaterialKind, string>> = {
  speaker: 'oplægsholder',
  article: 'artikel',
  case: 'case',
  other: 'andet',
};

export const MATERIAL_KIND_EN: Readonly<Record<MaterialKind, string>> = {
  speaker: 'speaker',
  article: 'article',
  case: 'case',
  other: 'other',
};

/** A bulleted list, or `none` when empty. */
export function bullets(lines: readonly string[], none: string): string {
  return lines.length === 0 ? `  ${none}` : lines.map((line) => `  • ${line}`).join('\n');
}
