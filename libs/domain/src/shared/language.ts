/** The languages messages are written in: Danish first by default, English first for those who prefer it. */
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a value from outside (JSON, a CSV cell, a flag) names a language. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
