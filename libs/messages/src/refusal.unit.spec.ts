import { bothLanguages, message, refusal, refusalWords } from '@ledelsesrum/messages';

describe('refusal', () => {
  it('builds the error from the words in one line and keeps the words for a page', () => {
    const words = message('api.people.personal-data.erased', { personId: 'p-1' });
    const error = refusal(words, (line) => new Error(line));

    expect(error.message).toBe('Persondata for p-1 er slettet / Personal data of p-1 has been erased');
    expect(refusalWords(error)).toStrictEqual({
      da: 'Persondata for p-1 er slettet',
      en: 'Personal data of p-1 has been erased',
    });
  });

  it('finds no words on an error made otherwise', () => {
    expect(refusalWords(new Error('x / y'))).toBeUndefined();
    expect(refusalWords(Object.assign(new Error('x'), { words: 'x' }))).toBeUndefined();
    expect(refusalWords(undefined)).toBeUndefined();
  });

  it('words a command too large as the API has always answered it', () => {
    expect(
      bothLanguages(
        message('api.request.command.too-large', { command: 'RecordMeeting', bytes: 70_000, limit: 65_536 }),
      ),
    ).toBe(
      'RecordMeeting ville fylde 70000 bytes, højst 65536 er tilladt; intet er gemt / ' +
        'RecordMeeting would record 70000 bytes, at most 65536 are allowed; nothing was stored',
    );
  });
});
