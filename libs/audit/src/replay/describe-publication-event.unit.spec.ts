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
});
