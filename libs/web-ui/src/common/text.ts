import type { Language } from '@ledelsesrum/domain';
import type { Bilingual } from '@ledelsesrum/messages';

/** Every text on a page exists in Danish and English; the page shows the reader's language. */
export type Text = Bilingual;

export type { Language };

/** The text in the reader's language. */
export function say(language: Language, text: Text): string {
  return text[language];
}

/** A text from a bilingual message ("dansk / English"), as validation errors and other refusals write them. */
export function fromBilingual(message: string): Text {
  const at = message.indexOf(' / ');
  return at < 0 ? { da: message, en: message } : { da: message.slice(0, at), en: message.slice(at + 3) };
}

/** A value each language writes its own way (a date, a time) as a text, to hand to a catalogue entry. */
export function inEachLanguage(write: (language: Language) => string): Text {
  return { da: write('da'), en: write('en') };
}
