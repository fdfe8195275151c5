import { bothLanguages, chainFindingText } from '@ledelsesrum/messages';

describe('chainFindingText', () => {
  it('words a finding from its values, in the one line the API and the CLI have always given', () => {
    expect(
      bothLanguages(
        chainFindingText({
          id: 'event-belongs-elsewhere',
          params: { position: 20, streamId: 'cycle-a', revision: 2, slot: 9 },
        }),
      ),
    ).toBe(
      'Hændelsen på position 20 (cycle-a, revision 2) hører til position 9' +
        ' / The event at position 20 (cycle-a, revision 2) belongs at 9',
    );
    expect(bothLanguages(chainFindingText({ id: 'positions-go-backwards', params: { last: 4, found: 3 } }))).toBe(
      'Positionerne går baglæns / Positions go backwards (4, 3)',
    );
    expect(chainFindingText({ id: 'row-not-in-chain', params: {} })).toStrictEqual({
      da: 'Rækken hører ikke til kontrolkæden',
      en: 'The row is not part of the chain',
    });
  });
});
