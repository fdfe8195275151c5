import type { Language } from '@ledelsesrum/domain';

/** Every text on a page exists in Danish and English; the page shows the reader's language. */
export interface Text {
  readonly da: string;
  readonly en: string;
}

export type { Language };

/** The text in the reader's language. */
export function say(language: Language, text: Text): string {
  return text[language];
}

/** A text from a bilingual message of the API ("dansk / English"), as the domain and validation errors write them. */
export function fromBilingual(message: string): Text {
  const at = message.indexOf(' / ');
  return at < 0 ? { da: message, en: message } : { da: message.slice(0, at), en: message.slice(at + 3) };
}
