import {
  decideCycle,
  DomainError,
  DomainErrorCode,
  DomainErrorRule,
  initialCycleState,
  type DomainErrorMessageId,
} from '@ledelsesrum/domain';
import { bothLanguages, domainErrorText } from '@ledelsesrum/messages';

const MESSAGE_IDS: readonly DomainErrorMessageId[] = [
  ...Object.values(DomainErrorCode),
  ...Object.values(DomainErrorRule),
];

describe('domainErrorText', () => {
  it.each(MESSAGE_IDS)('words %s for a Danish and an English reader, in one line each', (messageId) => {
    const text = domainErrorText({ messageId, params: { id: 'x-1' } });
    expect(text.da).toMatch(/\S/);
    expect(text.en).toMatch(/\S/);
    expect(text.da).not.toBe(text.en);
    // A page splits nothing: but the API's one line must still read as Danish, then English.
    expect(`${text.da}${text.en}`).not.toContain(' / ');
  });

  it('gives the API the same line as before: Danish, " / ", English', () => {
    expect(bothLanguages(domainErrorText(new DomainError(DomainErrorCode.PrepAlreadySent)))).toBe(
      'Forberedelsen er allerede sendt / Prep was already sent',
    );
    const close = new DomainError(DomainErrorCode.SummaryNotPublished, {}, DomainErrorRule.CloseBeforeSummary);
    expect(bothLanguages(domainErrorText(close))).toBe(
      'Møderunden kan først lukkes, når opsamlingen er offentliggjort / ' +
        'The meeting round can be closed once the summary is published',
    );
  });

  it('puts the parameters a message needs into its words', () => {
    const unknown = new DomainError(DomainErrorCode.UnknownGroup, { id: 'g-404' });
    expect(domainErrorText(unknown)).toEqual({ da: 'Ukendt gruppe: g-404', en: 'Unknown group: g-404' });
  });

  it('words the error a decider throws, which carries a code and parameters but no prose', () => {
    const context = { actorId: 'chef-1', now: '2027-01-05T09:00:00.000Z' };
    const launch = {
      type: 'LaunchCycle',
      cycleId: 'c-1',
      theme: 'Tema',
      meetingDate: '2027-03-11',
      groups: [],
    } as const;
    let thrown: unknown;
    try {
      decideCycle(launch, initialCycleState, context);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe(DomainErrorCode.CycleHasNoGroups);
    expect(error.message).toBe('CYCLE_HAS_NO_GROUPS');
    expect(domainErrorText(error)).toEqual({
      da: 'En møderunde skal have mindst én gruppe',
      en: 'A meeting round needs at least one group',
    });
  });
});
