/**
 * A small organisation with names to read on the pages. Gruppe Nord: Dorte (direktør) facilitates Cecilie, Lone and
 * Lars; Gruppe Syd: Carl (chef) facilitates Lise. Six leaders take part in a round of both groups.
 */
export const NAMED_ORGANISATION = {
  areas: [{ id: 'social', name: 'Social og sundhed' }],
  people: [
    person('d-1', 'Dorte Direktør', 'direktør'),
    person('c-1', 'Carl Chef', 'chef'),
    person('c-2', 'Cecilie Chef', 'chef'),
    person('l-1', 'Lone Leder', 'leder'),
    person('l-2', 'Lars Leder', 'leder'),
    person('l-3', 'Lise Leder', 'leder'),
  ],
  groups: [
    { id: 'g-1', name: 'Gruppe Nord', facilitatorId: 'd-1', memberIds: ['d-1', 'c-2', 'l-1', 'l-2'] },
    { id: 'g-2', name: 'Gruppe Syd', facilitatorId: 'c-1', memberIds: ['c-1', 'l-3'] },
  ],
};

function person(id: string, name: string, level: string) {
  return { id, name, email: `${id}@kommune.dk`, areaId: 'social', level, experienced: true };
}
