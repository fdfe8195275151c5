import type { Language, LeaderLevel } from '@ledelsesrum/domain';
import type { Text } from '../../common/text';

/** The levels as the organisation names them; the Danish titles stay in the English text, as in the README. */
export const LEVEL_NAMES: Readonly<Record<LeaderLevel, Text>> = {
  direktør: { da: 'Direktør', en: 'Direktør (director)' },
  chef: { da: 'Chef', en: 'Chef (head of department)' },
  leder: { da: 'Leder', en: 'Leder (leader)' },
};

/** A person's language is the one their messages open in; none recorded means Danish. */
export const LANGUAGE_NAMES: Readonly<Record<Language, Text>> = {
  da: { da: 'Dansk', en: 'Danish' },
  en: { da: 'Engelsk', en: 'English' },
};

export const EXPERIENCE_NAMES = {
  experienced: { da: 'Erfaren', en: 'Experienced' },
  new: { da: 'Ny', en: 'New' },
} as const satisfies Record<string, Text>;

export function experienceName(experienced: boolean): Text {
  return experienced ? EXPERIENCE_NAMES.experienced : EXPERIENCE_NAMES.new;
}

/** The fields of a person, as the change form and its errors name them. */
export const PERSON_LABELS: Readonly<Record<string, Text>> = {
  name: { da: 'Navn', en: 'Name' },
  email: { da: 'E-mail', en: 'E-mail' },
  areaId: { da: 'Område', en: 'Area' },
  level: { da: 'Niveau', en: 'Level' },
  experienced: { da: 'Erfaring som leder', en: 'Experience as a leader' },
  managerId: { da: 'Nærmeste leder', en: 'Direct manager' },
  language: { da: 'Sprog i beskeder', en: 'Language of messages' },
};

export const NO_GROUP: Text = { da: 'Ingen gruppe', en: 'No group' };
