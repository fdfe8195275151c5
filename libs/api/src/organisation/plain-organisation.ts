import {
  isText,
  peopleNeedingCorrection,
  type Language,
  type LeaderLevel,
  type OrganisationState,
  type PersonField,
} from '@ledelsesrum/domain';
import { message, type Bilingual } from '@ledelsesrum/messages';

/** A person as clients send and read them: name and e-mail in plain text (they are encrypted in events). */
export interface PlainPerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly areaId: string;
  readonly level: LeaderLevel;
  readonly experienced: boolean;
  readonly managerId?: string;
  /** Absent means Danish. */
  readonly language?: Language;
  readonly workplace?: string;
  readonly staffAddress?: string;
}

/** A stored value the rules refuse (recorded before they were checked), and what to do about it. */
export interface PersonCorrection {
  readonly personId: string;
  readonly field: PersonField;
  readonly text: Bilingual;
}

/** The organisation as clients put and get it. */
export interface PlainOrganisation {
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  readonly people: readonly PlainPerson[];
  readonly groups: readonly {
    readonly id: string;
    readonly name: string;
    readonly facilitatorId: string;
    readonly memberIds: readonly string[];
  }[];
  /** Present only when some stored value must be corrected (see docs/organisation.md), each in one line. */
  readonly problems?: readonly { readonly personId: string; readonly field: PersonField; readonly message: string }[];
}

/**
 * Every value of an active person that the rules refuse, in words that name the person: by name where theirs can be
 * read, else by id. Empty for an organisation recorded since values are checked.
 */
export function personCorrections(
  state: OrganisationState,
  people: ReadonlyMap<string, PlainPerson>,
): PersonCorrection[] {
  return peopleNeedingCorrection(state.people).flatMap(({ personId, fields }) => {
    const name = people.get(personId)?.name;
    const person = isText(name) && !fields.includes('name') ? name : personId;
    return fields.map((field) => ({
      personId,
      field,
      text: message('domain.person.needs-correction', { person, field }),
    }));
  });
}
