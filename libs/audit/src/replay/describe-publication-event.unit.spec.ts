import { describePublicationEvent } from './describe-publication-event';

describe('describePublicationEvent', () => {
  it('names who made the staff feed a new token, never the token or its hash', () => {
    const hash = 'a'.repeat(64);
    const line = describePublicationEvent('StaffFeedTokenRotated', {
      tokenHash: hash,
      rotatedBy: 'chef-1',
      at: '2026-12-07T08:00:00.000Z',
    });

    expect(line).toEqual({
      da: 'Nyt token til medarbejdernes feed lavet af chef-1; det forrige virker ikke længere',
      en: 'New token for the staff feed made by chef-1; the one before no longer works',
    });
    expect(`${line.da} ${line.en}`).not.toContain(hash);
  });

  it('names each distribution list with its address and whom it reaches, and says when there are none', () => {
    const lists = [
      { name: 'Alle', address: 'alle@kommune.dk' },
      { name: 'Skole', address: 'skole@kommune.dk', areaId: 'skole' },
    ];
    expect(describePublicationEvent('DistributionListsSet', { lists, setBy: 'chef-1', at: 'x' })).toEqual({
      da: 'Fordelingslister sat af chef-1: «Alle» <alle@kommune.dk> (alle medarbejdere), «Skole» <skole@kommune.dk> (området skole)',
      en: 'Distribution lists set by chef-1: “Alle” <alle@kommune.dk> (all staff), “Skole” <skole@kommune.dk> (the area skole)',
    });
    expect(describePublicationEvent('DistributionListsSet', { lists: [], setBy: 'chef-1', at: 'x' }).en).toBe(
      'Distribution lists removed by chef-1; summaries are no longer e-mailed to staff',
    );
  });
});
