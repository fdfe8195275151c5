import type { Language } from '@ledelsesrum/domain';
import type { Bilingual } from '@ledelsesrum/messages';

/** Every text on a page exists in Danish and English; the page shows the reader's language. */
export type Text = Bilingual;

export type { Language };

/** The text in the reader's language. */
export function say(language: Language, text: Text): string {
  return text[language];
}

/** A value each language writes its own way (a date, a time) as a text, to hand to a catalogue entry. */
export function inEachLanguage(write: (language: Language) => string): Text {
  return { da: write('da'), en: write('en') };
}
