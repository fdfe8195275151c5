import { ERASED } from '@ledelsesrum/domain';
import { nameWithId } from '../common/person-label';
import { withNames } from './audit-names';

describe('names beside ids on the auditor’s pages', () => {
  const names = (id: string) => ({ 'p-anne': 'Anne Andersen (p-anne)', 'g-1': 'Ledergruppe 1 (g-1)' })[id] ?? id;

  it('names each whole id in a line and leaves other words, and ids that only start alike, as they are', () => {
    expect(withNames('Videreformidling bekræftet af p-anne', names)).toBe(
      'Videreformidling bekræftet af Anne Andersen (p-anne)',
    );
    expect(withNames('Møde registreret for g-1; g-10 og p-anne2 er ukendte', names)).toBe(
      'Møde registreret for Ledergruppe 1 (g-1); g-10 og p-anne2 er ukendte',
    );
  });

  it('reads an erased person as "slettet person" with the id, and an id without a name as the id', () => {
    expect(nameWithId('da', 'Anne Andersen', 'p-anne')).toBe('Anne Andersen (p-anne)');
    expect(nameWithId('da', ERASED, 'p-anne')).toBe('slettet person (p-anne)');
    expect(nameWithId('en', ERASED, 'p-anne')).toBe('erased person (p-anne)');
    expect(nameWithId('da', 'p-x', 'p-x')).toBe('p-x');
  });
});
