import { message } from '@ledelsesrum/messages';
import type { PublishedSummary } from '@ledelsesrum/projections';
import { markdown } from '../common/markdown';
import { staffPaths } from './staff-paths';

/** The five characters XML gives meaning to, as references; everything else stands as it is. */
function xml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A tag URI (RFC 4151) for the round's entry: the site's host, the day the round was launched (when the host was the
 * organisation's) and the round's id. None of them ever changes, so a portal never shows one summary twice.
 */
export function entryId(site: URL, summary: PublishedSummary): string {
  return `tag:${site.hostname},${summary.launchedAt.slice(0, 10)}:opsamling/${summary.id}`;
}

/**
 * The published summaries as an Atom feed (RFC 4287), the newest first: each entry the round's theme, when the
 * summary was published, the summary itself as HTML and a link to its staff page. `publicUrl`: the site's address.
 */
export function staffFeed(publicUrl: string, summaries: readonly PublishedSummary[], now: Date): string {
  const site = new URL(publicUrl);
  const at = (path: string) => new URL(path, site).href;
  // A feed without entries was last changed when it was asked for: nothing older is known.
  const updated = summaries[0]?.publishedAt ?? now.toISOString();
  const entries = summaries.map(
    (summary) => `  <entry>
    <id>${xml(entryId(site, summary))}</id>
    <title>${xml(summary.theme)}</title>
    <published>${summary.publishedAt}</published>
    <updated>${summary.publishedAt}</updated>
    <link rel="alternate" type="text/html" href="${xml(at(staffPaths.round(summary.id)))}"/>
    <content type="html">${xml(markdown(summary.text).value)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">
  <id>${xml(at(staffPaths.list))}</id>
  <title>${xml(message('web.staff.feed.title').da)}</title>
  <updated>${updated}</updated>
  <author><name>${xml(message('web.staff.feed.author').da)}</name></author>
  <link rel="alternate" type="text/html" href="${xml(at(staffPaths.list))}"/>
${entries.join('\n')}
</feed>
`;
}
