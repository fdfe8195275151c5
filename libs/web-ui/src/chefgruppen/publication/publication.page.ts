import { formatDateTime } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { FeedTokenInfo } from '@ledelsesrum/api/publication';
import { csrfField } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import { layout } from '../../common/layout';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { staffPaths } from '../../staff/staff-paths';

export const PUBLICATION_PATH = '/chefgruppen/offentliggoerelse';

/** What the page knows of the feed: its token's maker and time, who that is by name, and a new address just made. */
export interface FeedSettings {
  readonly token: FeedTokenInfo | undefined;
  readonly rotatedByName: string | undefined;
  /** The feed's address with the new token, right after it was made: shown this once and never again. */
  readonly newAddress?: string;
}

/**
 * `/chefgruppen/offentliggoerelse`: how the organisation hears of the rounds. The staff pages, and the Atom feed for the
 * intranet portal with the form that makes a new token for it, and the distribution lists' section.
 */
export function publicationPage(context: PageContext, feed: FeedSettings, distributionLists: Html): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const status = feed.token
    ? t(
        message('web.publication.feed.made', {
          at: formatDateTime(language, feed.token.at),
          by: feed.rotatedByName ?? feed.token.rotatedBy,
        }),
      )
    : t(message('web.publication.feed.none'));
  const fresh = feed.newAddress
    ? html`<div class="alert alert-success" role="status">
        <p><strong>${t(message('web.publication.feed.new'))}</strong></p>
        <p class="feed-address"><code>${feed.newAddress}</code></p>
      </div>`
    : '';
  return layout(context, {
    title: message('web.publication.title'),
    body: html`<p>
        ${t(message('web.publication.intro'))}
        <a href="${staffPaths.list}">${t(message('web.common.menu.employee'))}</a>
      </p>
      <section>
        <h2>${t(message('web.publication.feed.heading'))}</h2>
        <p>${t(message('web.publication.feed.what'))}</p>
        ${fresh}
        <p>${status}</p>
        <form method="post" action="${PUBLICATION_PATH}/feed-token">
          ${csrfField(context)}
          <button type="submit" class="button button-primary">${t(message('web.publication.feed.rotate'))}</button>
        </form>
      </section>
      ${distributionLists}`,
  });
}
