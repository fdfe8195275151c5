import { ROLES } from '@ledelsesrum/auth';
import { message } from '@ledelsesrum/messages';
import { conflictPanel } from './conflict-panel';
import { html, type Html } from './html';
import type { PageContext } from './page-context';
import { ROLE_MENUS, ROLE_NAMES } from './roles-text';
import { say, type Text } from './text';

export interface PageContent {
  readonly title: Text;
  readonly body: Html;
  /** A form shown again with errors: the title says so first, as screen readers announce the title. */
  readonly hasErrors?: boolean;
  /** Links above the heading, from the start page down to this page's parent. */
  readonly trail?: readonly { readonly href: string; readonly label: Text }[];
}

/** The page around every page: skip link, header with the menu of the reader's roles, language switch, footer. */
export function layout(context: PageContext, content: PageContent): Html {
  const { language } = context;
  const title = `${content.hasErrors ? say(language, message('web.common.layout.error-prefix')) : ''}${say(language, content.title)}`;
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title} – ledelsesrum</title>
        <link rel="stylesheet" href="/assets/ledelsesrum.css" />
      </head>
      <body>
        <a class="skip" href="#indhold">${say(language, message('web.common.layout.skip'))}</a>
        ${devSignInBanner(context)}
        <header class="site">
          <div class="bar">
            <a class="brand" href="/">ledelsesrum</a>
            ${languageSwitch(context)}
          </div>
          ${menu(context)}
        </header>
        <main id="indhold" tabindex="-1">
          ${trail(context, content)}
          <h1>${say(language, content.title)}</h1>
          ${conflictPanel(context)} ${content.body}
        </main>
        <footer class="site">
          <a href="/tilgaengelighed"
            >${say(language, message('web.site.accessibility.title'))}</a
          >
          <span lang="en">Cross-cutting leadership groups</span>
        </footer>
      </body>
    </html> `;
}

/** Anyone who can reach the site may sign in as anyone: every page says so, so nobody mistakes it for production. */
function devSignInBanner(context: PageContext): Html {
  if (!context.devSignIn.banner) return html``;
  return html`<p class="dev-banner">
    <strong
      >${say(context.language, message('web.common.layout.dev-sign-in-on'))}</strong
    >
  </p>`;
}

function menu(context: PageContext): Html {
  const { language, session } = context;
  if (!session) return html``;
  const roles = ROLES.filter((role) => session.roles.includes(role));
  const entries = roles.flatMap((role) => ROLE_MENUS[role]);
  const path = context.path.split('?')[0]!;
  // The entry this page belongs to is the one with the longest path that leads to it.
  const current = entries
    .filter((entry) => path === entry.path || path.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const links = entries.map(
    (entry) =>
      html`<li>
        <a href="${entry.path}" ${entry === current ? html` aria-current="page"` : ''}>${say(language, entry.label)}</a>
      </li>`,
  );
  const who = session.name ?? session.id;
  const roleNames = roles.map((role) => say(language, ROLE_NAMES[role])).join(', ');
  return html`<nav aria-label="${say(language, message('web.common.layout.menu'))}">
    <ul class="menu">
      ${links}
    </ul>
    <div class="who">
      <span>${who} <span class="muted">(${roleNames})</span></span>
      <form method="post" action="/log-ud">
        <input type="hidden" name="_csrf" value="${session.csrf}" />
        <button type="submit" class="link">${say(language, message('web.common.layout.sign-out'))}</button>
      </form>
    </div>
  </nav>`;
}

function languageSwitch(context: PageContext): Html {
  const other = context.language === 'da' ? 'en' : 'da';
  const label = say(context.language, message('web.common.layout.other-language'));
  const href = `/sprog/${other}?tilbage=${encodeURIComponent(context.path)}`;
  return html`<a class="language" href="${href}" lang="${other}" hreflang="${other}">${label}</a>`;
}

function trail(context: PageContext, content: PageContent): Html {
  if (!content.trail?.length) return html``;
  const label = say(context.language, message('web.common.layout.trail'));
  return html`<nav class="trail" aria-label="${label}">
    <ol>
      ${content.trail.map((step) => html`<li><a href="${step.href}">${say(context.language, step.label)}</a></li>`)}
    </ol>
  </nav>`;
}
