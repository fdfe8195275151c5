import { message, type MessageId } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';

/** Where the Danish Agency for Digital Government tells people what to do about content that is not accessible. */
const COMPLAINTS = 'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/';

export interface AccessibilityContact {
  /** The site's own address (PUBLIC_URL). */
  readonly site: string;
  readonly email: string | undefined;
  readonly phone: string | undefined;
}

/**
 * The accessibility statement Danish public bodies must publish for a web application (lov om tilgængelighed af
 * offentlige organers websteder og mobilapplikationer), in the sections of Digitaliseringsstyrelsen's template: the
 * body and the site, compliance status, non-accessible content, how it was prepared, feedback and contact, and the
 * enforcement procedure. It states what was actually tested, no more.
 */
export function accessibilityStatementPage(context: PageContext, contact: AccessibilityContact): Html {
  const t = (id: MessageId & `web.site.${string}`) => say(context.language, message(id));
  return layout(context, {
    title: message('web.site.accessibility.title'),
    body: html`<p>${say(context.language, message('web.site.accessibility.scope', { site: contact.site }))}</p>
      <h2>${t('web.site.accessibility.compliance.heading')}</h2>
      <p>
        ${t('web.site.accessibility.compliance.before')}
        <strong>${t('web.site.accessibility.compliance.status')}</strong>
        ${t('web.site.accessibility.compliance.after')}
      </p>
      <h2>${t('web.site.accessibility.limitations.heading')}</h2>
      <ul>
        <li>${t('web.site.accessibility.limitations.charts')}</li>
        <li>${t('web.site.accessibility.limitations.screen-readers')}</li>
      </ul>
      <h2>${t('web.site.accessibility.testing.heading')}</h2>
      <p>${t('web.site.accessibility.prepared')}</p>
      <ul>
        <li>${t('web.site.accessibility.testing.axe')}</li>
        <li>${t('web.site.accessibility.testing.round')}</li>
        <li>${t('web.site.accessibility.testing.reflow')}</li>
        <li>${t('web.site.accessibility.testing.no-scripts')}</li>
        <li>${t('web.site.accessibility.testing.design-system')}</li>
      </ul>
      <h2>${t('web.site.accessibility.contact.heading')}</h2>
      <p>${t('web.site.accessibility.contact.text')} ${contactLines(context, contact)}</p>
      <h2>${t('web.site.accessibility.enforcement.heading')}</h2>
      <p>${t('web.site.accessibility.enforcement.text')}</p>
      <p><a href="${COMPLAINTS}">${t('web.site.accessibility.enforcement.link')}</a></p>`,
  });
}

/** The e-mail and telephone from the configuration; the department that runs the system when neither is set. */
function contactLines(context: PageContext, contact: AccessibilityContact): Html {
  const t = (id: MessageId & `web.site.${string}`) => say(context.language, message(id));
  if (!contact.email && !contact.phone) return html`${t('web.site.accessibility.contact.fallback')}.`;
  const lines = [
    contact.email
      ? html`${t('web.site.accessibility.contact.email')}: <a href="mailto:${contact.email}">${contact.email}</a>`
      : '',
    contact.phone
      ? html`${t('web.site.accessibility.contact.phone')}:
          <a href="tel:${contact.phone.replace(/\s+/g, '')}">${contact.phone}</a>`
      : '',
  ].filter((line) => line !== '');
  return html`<br />${lines.map((line, index) => html`${index > 0 ? html`<br />` : ''}${line}`)}`;
}
