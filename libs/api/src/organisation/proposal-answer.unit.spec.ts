import { composeGroups } from '@ledelsesrum/domain';
import { proposalAnswer } from './proposal-answer';

describe('proposalAnswer', () => {
  it('answers each unmet constraint with its message in both languages, in the fields and order it always had', () => {
    const people = ['a', 'b', 'c'].map((id) => ({ id, areaId: 'x', level: 'leder' as const, experienced: true }));
    const proposal = composeGroups(people, { count: 4, seed: 1 });

    const answer = proposalAnswer(proposal);

    expect(answer.groups).toStrictEqual(proposal.groups);
    const facilitator = answer.unmet.find((report) => report.constraint === 'facilitator');
    expect(Object.keys(facilitator ?? {})).toStrictEqual(['constraint', 'message', 'groupIds', 'personIds']);
    expect(facilitator?.message).toBe(
      'Der er 0 chefer/direktører til 3 grupper; 3 grupper har en leder som midlertidig facilitator' +
        ' / There are 0 chefs/direktører for 3 groups; 3 groups have a leder as stand-in facilitator',
    );
    expect(answer.unmet.find((report) => report.constraint === 'size')).toStrictEqual({
      constraint: 'size',
      message:
        'Der er bedt om 4 grupper, men der er kun 3 personer; der dannes 3 grupper' +
        ' / 4 groups were requested but there are only 3 people; 3 groups are formed',
    });
  });
});
