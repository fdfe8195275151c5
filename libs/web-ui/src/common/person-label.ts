import { ERASED, UNREADABLE } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import { say, type Language } from './text';

/** A decrypted name as the reader should see it: after an erasure "slettet person", never the vault's marker. */
export function shownName(language: Language, name: string): string {
  if (name === ERASED) return say(language, message('web.record.erased-person'));
  if (name === UNREADABLE) return say(language, message('web.record.unreadable-person'));
  return name;
}

/** "Anne Andersen (p-anne)": the name beside the id the records use; the id alone when there is no name. */
export function nameWithId(language: Language, name: string, id: string): string {
  return name === id ? id : `${shownName(language, name)} (${id})`;
}

/** A person's own words (a note, a reason) opened from the vault; after an erasure, that they went with the person. */
export function shownWords(language: Language, words: string): string {
  if (words === ERASED) return say(language, message('web.record.erased-words'));
  if (words === UNREADABLE) return say(language, message('web.record.unreadable-person'));
  return words;
}
