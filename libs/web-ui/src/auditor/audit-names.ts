import { own } from '@ledelsesrum/domain';
import type { OrganisationService } from '@ledelsesrum/api/organisation';
import { nameWithId } from '../common/person-label';
import type { Language } from '../common/text';

/** An id as the auditor reads it: "Anne Andersen (p-anne)", "Ledergruppe 1 (g-1)", or the id the organisation lacks. */
export type NameOfId = (id: string) => string;

/** A word of a described event that could be an id: ids are letters, digits, `-` and `_`. */
const WORD = /[\p{L}\p{N}_-]+/gu;

/**
 * Names for the ids in `texts` (the timeline's lines, the actors) that are people or groups of the organisation now.
 * Only the people who are shown are decrypted; an erased person reads "slettet person (p-x)". The records and the
 * export keep the ids alone.
 */
export async function auditNames(
  organisation: OrganisationService,
  language: Language,
  texts: readonly string[],
): Promise<NameOfId> {
  const { state } = await organisation.current();
  const labels = new Map<string, string>();
  for (const group of Object.values(state.groups)) labels.set(group.id, `${group.name} (${group.id})`);
  const words = new Set(texts.flatMap((text) => text.match(WORD) ?? []));
  for (const word of words) {
    const person = own(state.people, word);
    if (person) labels.set(word, nameWithId(language, (await organisation.unseal(person)).name, word));
  }
  return (id) => labels.get(id) ?? id;
}

/** The text with every id of a person or group named beside it. */
export function withNames(text: string, name: NameOfId): string {
  return text.replace(WORD, (word) => name(word));
}
