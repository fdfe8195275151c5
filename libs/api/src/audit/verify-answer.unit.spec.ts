import { verifyAnswer } from './verify-answer';

describe('verifyAnswer', () => {
  it('answers a break with what was found in one line, in the fields and order the answer always had', () => {
    const answer = verifyAnswer({
      intact: false,
      events: 2,
      break: {
        kind: 'deleted',
        streamId: 'organisation',
        revision: 3,
        position: 3,
        finding: { id: 'position-missing', params: { missing: '3' } },
      },
    });

    expect(JSON.stringify(answer)).toBe(
      '{"intact":false,"events":2,"break":{"kind":"deleted","streamId":"organisation","revision":3,"position":3,' +
        '"detail":"Position 3 mangler / is missing"}}',
    );
  });

  it('answers an intact chain as the check found it', () => {
    const intact = { intact: true, events: 0, streams: 0, head: null } as const;
    expect(verifyAnswer(intact)).toStrictEqual(intact);
  });
});
