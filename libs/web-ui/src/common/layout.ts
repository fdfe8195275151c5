import { ROLES } from '@ledelsesrum/auth';
import { message } from '@ledelsesrum/messages';
import { conflictPanel } from './conflict-panel';
import { html, type Html } from './html';
import type { PageContext } from './page-context';
import { pageHead, siteFooter } from './page-frame';
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

/**
 * The page around every page, on Det Fælles Designsystem: skip link; the header with the product, the signed-in
 * person and sign-out, the language switch and the menu of the reader's roles; the footer with the accessibility
 * statement. No script: the menu is always shown (it is short), where the design system folds it into a drawer.
 */
export function layout(context: PageContext, content: PageContent): Html {
  const { language } = context;
  const title = `${content.hasErrors ? say(language, message('web.common.layout.error-prefix')) : ''}${say(language, content.title)}`;
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        ${pageHead(`${title} – ledelsesrum`)}
      </head>
      <body>
        <a class="skipnav" href="#indhold">${say(language, message('web.common.layout.skip'))}</a>
        ${devSignInBanner(context)}
        <header class="header">
          <div class="portal-info">
            <div class="container portal-info-inner">
              <a class="brand" href="/">ledelsesrum</a>
              ${signedIn(context)}
            </div>
          </div>
          <div class="solution-info">
            <div class="container solution-info-inner">
              <div class="solution-heading">
                <a href="/">${say(language, message('web.common.layout.footer.about'))}</a>
              </div>
              ${languageSwitch(context)}
            </div>
          </div>
          ${menu(context)}
        </header>
        <main id="indhold" tabindex="-1" class="container page-container">
          ${trail(context, content)}
          <h1>${say(language, content.title)}</h1>
          ${conflictPanel(context)} ${content.body}
        </main>
        ${siteFooter(language)}
      </body>
    </html> `;
}

/** Anyone who can reach the site may sign in as anyone: every page says so, so nobody mistakes it for production. */
function devSignInBanner(context: PageContext): Html {
  if (!context.devSignIn.banner) return html``;
  return html`<p class="dev-banner">
    <strong>${say(context.language, message('web.common.layout.dev-sign-in-on'))}</strong>
  </p>`;
}

/** The person by name (never their id) with their roles, and sign-out. */
function signedIn(context: PageContext): Html {
  const { language, session } = context;
  if (!session) return html``;
  const roleNames = ROLES.filter((role) => session.roles.includes(role))
    .map((role) => say(language, ROLE_NAMES[role]))
    .join(', ');
  const who = session.name
    ? html`<strong class="username">${session.name}</strong><br />${roleNames}`
    : html`<strong class="username">${roleNames}</strong>`;
  return html`<div class="portal-user">
    <p class="user"><span class="sr-only">${say(language, message('web.common.layout.signed-in-as'))} </span>${who}</p>
    <form method="post" action="/log-ud">
      <input type="hidden" name="_csrf" value="${session.csrf}" />
      <button type="submit" class="button button-secondary">
        ${say(language, message('web.common.layout.sign-out'))}
      </button>
    </form>
  </div>`;
}

function menu(context: PageContext): Html {
  const { language, session } = context;
  if (!session) return html``;
  const roles = ROLES.filter((role) => session.roles.includes(role));
  // A page two roles share (Mine data) is in the menu once.
  const entries = [...new Map(roles.flatMap((role) => ROLE_MENUS[role]).map((entry) => [entry.path, entry])).values()];
  const path = context.path.split('?')[0]!;
  // The entry this page belongs to is the one with the longest path that leads to it.
  const current = entries
    .filter((entry) => path === entry.path || path.startsWith(`${entry.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const links = entries.map(
    (entry) =>
      html`<li${entry === current ? html` class="active"` : ''}>
        <a class="nav-link" href="${entry.path}" ${entry === current ? html` aria-current="page"` : ''}
          ><span>${say(language, entry.label)}</span></a
        >
      </li>`,
  );
  return html`<div class="navigation-menu">
    <div class="container navigation-menu-inner">
      <nav class="nav" aria-label="${say(language, message('web.common.layout.menu'))}">
        <ul class="mainmenu">
          ${links}
        </ul>
      </nav>
    </div>
  </div>`;
}

function languageSwitch(context: PageContext): Html {
  const other = context.language === 'da' ? 'en' : 'da';
  const label = say(context.language, message('web.common.layout.other-language'));
  const href = `/sprog/${other}?tilbage=${encodeURIComponent(context.path)}`;
  return html`<p class="language">
    <a class="function-link language" href="${href}" lang="${other}" hreflang="${other}">${label}</a>
  </p>`;
}

function trail(context: PageContext, content: PageContent): Html {
  if (!content.trail?.length) return html``;
  const label = say(context.language, message('web.common.layout.trail'));
  return html`<nav class="breadcrumbs" aria-label="${label}">
    <ol class="breadcrumbs__list">
      ${content.trail.map(
        (step) =>
          html`<li class="breadcrumbs__list-item">
            <a class="breadcrumbs__link" href="${step.href}">${say(context.language, step.label)}</a>
          </li>`,
      )}
    </ol>
  </nav>`;
}
