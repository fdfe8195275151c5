import { bothLanguages, compositionReportText } from '@ledelsesrum/messages';

describe('compositionReportText', () => {
  it('words each unmet constraint from its values, as the API has always answered it', () => {
    const line = (report: Parameters<typeof compositionReportText>[0]) => bothLanguages(compositionReportText(report));
    expect(line({ constraint: 'facilitator', params: { eligible: 5, groups: 11, standIns: 6 } })).toBe(
      'Der er 5 chefer/direktører til 11 grupper; 6 grupper har en leder som midlertidig facilitator' +
        ' / There are 5 chefs/direktører for 11 groups; 6 groups have a leder as stand-in facilitator',
    );
    expect(line({ constraint: 'facilitator', params: { eligible: 1, groups: 2, standIns: 1 } })).toContain(
      '1 gruppe har en leder',
    );
    expect(line({ constraint: 'size', params: { requested: 4, people: 3 } })).toBe(
      'Der er bedt om 4 grupper, men der er kun 3 personer; der dannes 3 grupper' +
        ' / 4 groups were requested but there are only 3 people; 3 groups are formed',
    );
    expect(line({ constraint: 'manager', params: { managerId: 'p-1', reports: 2 } })).toBe(
      'p-1 er i samme gruppe som 2 af sine direkte medarbejdere; det kunne ikke undgås med disse gruppestørrelser' +
        ' / p-1 shares a group with 2 of their direct reports; with these group sizes it could not be avoided',
    );
    expect(line({ constraint: 'spread', params: { dimension: 'level', value: 'chef', groups: 1 } })).toBe(
      'Niveauet "chef" er ikke jævnt fordelt: i 1 gruppe afviger antallet fra gruppens andel' +
        ' / The level "chef" is not evenly spread: in 1 group the count is off the group\'s share',
    );
  });
});
