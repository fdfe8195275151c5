import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';

/** Where a person finds their own data. */
export const MY_DATA_PATH = '/mine-data';

/**
 * `GET /mine-data`: the right of access for the person signed in — everything recorded about them, as a file
 * (`/mine-data/eksport`). Someone signed in as no person of the organisation is told there is nothing to download.
 */
export function myDataPage(context: PageContext, known: boolean): Html {
  const { language } = context;
  return layout(context, {
    title: message('web.my-data.title'),
    body: known
      ? html`<p>${say(language, message('web.my-data.intro'))}</p>
          <p>
            <a class="button" href="${MY_DATA_PATH}/eksport" download
              >${say(language, message('web.my-data.download'))}</a
            >
          </p>`
      : html`<p class="alert alert-info notice">${say(language, message('web.my-data.not-a-person'))}</p>`,
  });
}
