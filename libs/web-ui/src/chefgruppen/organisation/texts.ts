import type { Language, LeaderLevel } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { Text } from '../../common/text';

/** The levels as the organisation names them; the Danish titles stay in the English text, as in the README. */
export const LEVEL_NAMES: Readonly<Record<LeaderLevel, Text>> = {
  direktør: message('web.chefgruppen.organisation.level.direktør'),
  chef: message('web.chefgruppen.organisation.level.chef'),
  leder: message('web.chefgruppen.organisation.level.leder'),
};

/** A person's language is the one their messages open in; none recorded means Danish. */
export const LANGUAGE_NAMES: Readonly<Record<Language, Text>> = {
  da: message('web.chefgruppen.organisation.language.da'),
  en: message('web.chefgruppen.organisation.language.en'),
};

export const EXPERIENCE_NAMES = {
  experienced: message('web.chefgruppen.organisation.experience.experienced'),
  new: message('web.chefgruppen.organisation.experience.new'),
} as const satisfies Record<string, Text>;

export function experienceName(experienced: boolean): Text {
  return experienced ? EXPERIENCE_NAMES.experienced : EXPERIENCE_NAMES.new;
}

/** The fields of a person, as the change form and its errors name them. */
export const PERSON_LABELS: Readonly<Record<string, Text>> = {
  name: message('web.chefgruppen.organisation.common.name'),
  email: message('web.chefgruppen.organisation.person-label.email'),
  areaId: message('web.chefgruppen.common.area'),
  level: message('web.chefgruppen.organisation.common.level'),
  experienced: message('web.chefgruppen.organisation.person-label.experienced'),
  managerId: message('web.chefgruppen.organisation.person-label.manager-id'),
  language: message('web.chefgruppen.organisation.person-label.language'),
};

export const NO_GROUP: Text = message('web.chefgruppen.organisation.no-group');
