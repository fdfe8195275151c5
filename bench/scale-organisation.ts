import type { CsvOrganisation } from '@ledelsesrum/organisation-csv';

/** A municipality the size the benchmark runs at, as the organisation document the API takes: `leaders` people in `groups` groups as even as can be (sizes differ by at most one); each group's first is chef. */
export function scaleOrganisation(leaders = 2_500, groups = 150): CsvOrganisation {
  const areas = Array.from({ length: 6 }, (_, index) => ({ id: `omr-${index + 1}`, name: `Område ${index + 1}` }));
  const people: CsvOrganisation['people'] = [];
  const formed: CsvOrganisation['groups'] = [];
  for (let g = 0; g < groups; g += 1) {
    const size = Math.floor(leaders / groups) + (g < leaders % groups ? 1 : 0);
    const memberIds: string[] = [];
    for (let m = 0; m < size; m += 1) {
      const id = `p-${g + 1}-${m + 1}`;
      memberIds.push(id);
      people.push({
        id,
        name: `Leder ${g + 1}.${m + 1}`,
        email: `leder.${g + 1}.${m + 1}@kommune.test`,
        areaId: areas[(g + m) % areas.length]!.id,
        level: m === 0 ? 'chef' : 'leder',
        experienced: m % 2 === 0,
      });
    }
    formed.push({ id: `g-${g + 1}`, name: `Gruppe ${g + 1}`, facilitatorId: memberIds[0]!, memberIds });
  }
  return { areas, people, groups: formed };
}
