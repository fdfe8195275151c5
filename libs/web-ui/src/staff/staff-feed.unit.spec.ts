import type { PublishedSummary } from '@ledelsesrum/projections';
import { entryId, staffFeed } from './staff-feed';

const SUMMARY: PublishedSummary = {
  id: 'c-1',
  theme: 'Trivsel & <tillid>',
  meetingDate: '2027-03-11',
  launchedAt: '2026-11-02T08:00:00.000Z',
  publishedAt: '2027-03-12T10:00:00.000Z',
  text: 'Vi talte om **tillid**.',
};

describe('the staff feed (Atom)', () => {
  it('names an entry by a tag URI of the site, the launch day and the round, whatever else changes', () => {
    const site = new URL('https://ledelsesrum.kommune.dk');
    expect(entryId(site, SUMMARY)).toBe('tag:ledelsesrum.kommune.dk,2026-11-02:opsamling/c-1');
    expect(entryId(site, { ...SUMMARY, meetingDate: '2027-04-01', publishedAt: '2027-04-02T00:00:00Z' })).toBe(
      entryId(site, SUMMARY),
    );
  });

  it('escapes what the people wrote, so the feed stays well-formed', () => {
    const feed = staffFeed('https://ledelsesrum.kommune.dk', [SUMMARY], new Date());
    expect(feed).toContain('<title>Trivsel &#38; &#60;tillid&#62;</title>');
    expect(feed).toContain('<content type="html">&#60;p&#62;Vi talte om &#60;strong&#62;tillid');
    expect(feed).toContain('href="https://ledelsesrum.kommune.dk/medarbejder/cykler/c-1"');
  });

  it('is last updated when its newest summary was published, or now when it has none', () => {
    const now = new Date('2027-05-01T12:00:00.000Z');
    expect(staffFeed('https://x.dk', [SUMMARY], now)).toMatch(/<feed[^]*?<updated>2027-03-12T10:00:00.000Z<\/updated>/);
    expect(staffFeed('https://x.dk', [], now)).toContain('<updated>2027-05-01T12:00:00.000Z</updated>');
  });
});
