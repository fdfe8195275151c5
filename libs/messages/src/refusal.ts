import { bothLanguages, type Bilingual } from './bilingual';

/** An error that keeps the words it refuses with, so a page says them in its reader's language. */
export interface Refusal {
  readonly words: Bilingual;
}

/**
 * The error `make` builds from the words in one line (`dansk / English`, as the API answers), keeping the words:
 * `throw refusal(message('api.auth.role.forbidden'), (line) => new ForbiddenException(line))`.
 */
export function refusal<E extends object>(words: Bilingual, make: (line: string) => E): E & Refusal {
  return Object.assign(make(bothLanguages(words)), { words });
}

/** The words an error was refused with, when it was made by `refusal`. */
export function refusalWords(error: unknown): Bilingual | undefined {
  if (typeof error !== 'object' || error === null || !('words' in error)) return undefined;
  const { words } = error as { words: unknown };
  const text = words as Partial<Bilingual> | null;
  return typeof text?.da === 'string' && typeof text.en === 'string' ? (words as Bilingual) : undefined;
}
