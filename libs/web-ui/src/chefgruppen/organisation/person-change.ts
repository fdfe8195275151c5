import type { PlainPerson } from '@ledelsesrum/api/organisation';

/** The person form's fields as typed, to show again after an error. */
export type PersonFormValues = Record<
  'name' | 'email' | 'areaId' | 'level' | 'experienced' | 'managerId' | 'language',
  string
>;

export function personFormValues(person: PlainPerson): PersonFormValues {
  return {
    name: person.name,
    email: person.email,
    areaId: person.areaId,
    level: person.level,
    experienced: person.experienced ? 'ja' : 'nej',
    managerId: person.managerId ?? '',
    language: person.language ?? 'da',
  };
}

/**
 * The change the form asks for, as `PATCH /api/people/:id` takes it: only the fields that differ from the person as
 * stored. So a name or e-mail that reads as erased is never sent back, and Danish chosen for someone with no language
 * recorded (which means Danish) is no change. No manager is `managerId: null`, Danish for someone with another
 * language `language: null`, as the API has them. A value the form cannot mean is passed on for the DTO to refuse.
 */
export function personChange(person: PlainPerson, fields: Record<string, unknown>): Record<string, unknown> {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).trim() : fields[name]);
  const change: Record<string, unknown> = {};
  for (const name of ['name', 'email', 'areaId', 'level'] as const) {
    if (text(name) !== person[name]) change[name] = text(name);
  }
  const experienced = text('experienced') === 'ja' ? true : text('experienced') === 'nej' ? false : text('experienced');
  if (experienced !== person.experienced) change['experienced'] = experienced;
  const managerId = text('managerId') === '' ? null : text('managerId');
  if (managerId !== (person.managerId ?? null)) change['managerId'] = managerId;
  const language = text('language');
  if (language === 'da' ? person.language === 'en' : language !== person.language) {
    change['language'] = language === 'da' ? null : language;
  }
  return change;
}

/** A new person as the form gives them, as `POST /api/people` takes one: Danish and no manager are left out. */
export function newPerson(fields: Record<string, unknown>): Record<string, unknown> {
  const text = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string).trim() : fields[name]);
  const experienced = text('experienced') === 'ja' ? true : text('experienced') === 'nej' ? false : text('experienced');
  return {
    id: text('id'),
    name: text('name'),
    email: text('email'),
    areaId: text('areaId'),
    level: text('level'),
    experienced,
    ...(text('managerId') ? { managerId: text('managerId') } : {}),
    ...(text('language') && text('language') !== 'da' ? { language: text('language') } : {}),
  };
}
