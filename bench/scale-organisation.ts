/** A municipality the size the benchmark runs at: 2,500 leaders in 150 groups, each facilitated by a chef. */
export interface ScaleOrganisation {
  readonly areas: { id: string; name: string }[];
  readonly people: {
    id: string;
    name: string;
    email: string;
    areaId: string;
    level: 'direktør' | 'chef' | 'leder';
    experienced: boolean;
  }[];
  readonly groups: { id: string; name: string; facilitatorId: string; memberIds: string[] }[];
}

/** `leaders` people in `groups` groups as even as can be (sizes differ by at most one); each group's first is chef. */
export function scaleOrganisation(leaders = 2_500, groups = 150): ScaleOrganisation {
  const areas = Array.from({ length: 6 }, (_, index) => ({ id: `omr-${index + 1}`, name: `Område ${index + 1}` }));
  const people: ScaleOrganisation['people'] = [];
  const formed: ScaleOrganisation['groups'] = [];
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
