import { message } from '@ledelsesrum/messages';
import { ASSET_URLS } from '../site/asset-files';
import { html, type Html } from './html';
import { say, type Language, type Text } from './text';

/**
 * What every page's <head> holds: Det Fælles Designsystem's stylesheet with ours on top (only what it lacks), the
 * icon, and a request to stay out of search engines.
 */
export function pageHead(title: string): Html {
  return html`<meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${title}</title>
    <link rel="icon" href="${ASSET_URLS.favicon}" type="image/svg+xml" />
    <link rel="stylesheet" href="${ASSET_URLS.designSystem}" />
    <link rel="stylesheet" href="${ASSET_URLS.stylesheet}" />`;
}

/**
 * Det Fælles Designsystem's footer: what the site is, and the accessibility statement, which must be one click away on
 * every page. In the page's language only; `both` for the personal-link pages, which speak Danish with English beside.
 */
export function siteFooter(language: Language | 'both'): Html {
  const words = (text: Text) =>
    language === 'both' ? html`${text.da} <span lang="en" class="en">${text.en}</span>` : html`${say(language, text)}`;
  return html`<footer>
    <div class="footer">
      <div class="container">
        <div class="row">
          <div class="col-12 col-md-6 footer-col">
            <p><strong>ledelsesrum</strong></p>
            <p>${words(message('web.common.layout.footer.about'))}</p>
          </div>
          <div class="col-12 col-md-6 footer-col">
            <ul class="footer-links">
              <li><a class="function-link" href="/tilgaengelighed">${words(message('web.site.accessibility.title'))}</a></li>
            </ul>
          </div>
        </div>
      </div>
    </div>
  </footer>`;
}
