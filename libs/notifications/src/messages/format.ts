/** Shared helpers for the message builders: the bilingual layout and the words for material kinds. Pure. */
import type { Agenda, AgendaEntry, Language, MaterialKind } from '@ledelsesrum/domain';
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

const entry = (item: AgendaEntry): string => (item.description ? `${item.title}: ${item.description}` : item.title);

/** The agenda's items, prep tasks and materials as three bulleted sections, in one language. */
export function agendaSections(agenda: Agenda, language: Language): string {
  const da = language === 'da';
  const kinds = da ? MATERIAL_KIND_DA : MATERIAL_KIND_EN;
  const materials = agenda.materials.map((m) => `[${kinds[m.kind]}] ${m.title}${m.url ? ` – ${m.url}` : ''}`);
  return [
    `${da ? 'Dagsorden' : 'Agenda'}:\n${bullets(agenda.items.map(entry), da ? '(ingen punkter)' : '(no items)')}`,
    `${da ? 'Forberedelsesopgaver' : 'Preparation tasks'}:\n${bullets(agenda.prepTasks.map(entry), da ? '(ingen opgaver)' : '(no tasks)')}`,
    `${da ? 'Materialer' : 'Materials'}:\n${bullets(materials, da ? '(ingen materialer)' : '(no materials)')}`,
  ].join('\n\n');
}
