import type { Language } from './text';

const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

/** A day as people in Denmark read it, e.g. "11. marts 2027"; a bare YYYY-MM-DD is that day in Copenhagen. */
export function formatDate(language: Language, value: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Copenhagen' }).format(
    instant,
  );
}

/** A moment in Copenhagen time, e.g. "11. marts 2027 kl. 09.00". */
export function formatDateTime(language: Language, value: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(new Date(value));
}
