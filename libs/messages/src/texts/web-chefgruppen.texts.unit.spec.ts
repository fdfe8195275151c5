import { bothLanguages, message } from '@ledelsesrum/messages';

describe("chefgruppen's part of the catalogue", () => {
  it('says one day and several days in each language', () => {
    expect(message('web.chefgruppen.cycles.facts.days', { days: '1' })).toEqual({ da: '1 dag', en: '1 day' });
    expect(message('web.chefgruppen.cycles.facts.days', { days: '14' })).toEqual({ da: '14 dage', en: '14 days' });
  });

  it('writes the meeting start as a Danish reader writes a time (kl. 09.30), and HH:MM in English', () => {
    expect(message('web.chefgruppen.cycles.facts.meeting-start', { startTime: '09:30' })).toEqual({
      da: 'kl. 09.30',
      en: 'at 09:30',
    });
  });

  it('names the file or the pasted text that is too large', () => {
    expect(message('web.chefgruppen.organisation.import.too-large', { fromFile: true, megabytes: 2 })).toEqual({
      da: 'Filen er større end 2 MB',
      en: 'The file is larger than 2 MB',
    });
    expect(message('web.chefgruppen.organisation.import.too-large', { fromFile: false, megabytes: 2 })).toEqual({
      da: 'Teksten er større end 2 MB',
      en: 'The text is larger than 2 MB',
    });
  });

  it('gives a refusal the one line the API answers with: Danish, " / ", English', () => {
    expect(bothLanguages(message('web.chefgruppen.cycles.page-data.unknown-cycle', { id: 'c-404' }))).toBe(
      'Ukendt møderunde / Unknown meeting round: c-404',
    );
    expect(bothLanguages(message('web.chefgruppen.organisation.view.unknown-person', { personId: 'p-404' }))).toBe(
      'Ukendt person / Unknown person: p-404',
    );
    expect(bothLanguages(message('web.chefgruppen.organisation.view.unknown-group', { groupId: 'g-404' }))).toBe(
      'Ukendt gruppe / Unknown group: g-404',
    );
    expect(bothLanguages(message('web.chefgruppen.organisation.change-errors.changed-meanwhile'))).toBe(
      'Organisationen blev ændret samtidig; genindlæs siden og prøv igen / ' +
        'The organisation was changed at the same time; reload the page and try again',
    );
  });
});
