import { message, type MessageId } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';

/**
 * The accessibility statement Danish public bodies must publish for a web application (lov om tilgængelighed af
 * offentlige organers websteder og mobilapplikationer). It states what was actually tested, no more.
 */
export function accessibilityStatementPage(context: PageContext, contact: string | undefined): Html {
  const t = (id: MessageId & `web.site.${string}`) => say(context.language, message(id));
  const reach = contact
    ? html`<a href="mailto:${contact}">${contact}</a>`
    : html`${t('web.site.accessibility.contact.fallback')}`;
  return layout(context, {
    title: message('web.site.accessibility.title'),
    body: html`<p>${t('web.site.accessibility.scope')}</p>
      <h2>${t('web.site.accessibility.compliance.heading')}</h2>
      <p>
        ${t('web.site.accessibility.compliance.before')}
        <strong>${t('web.site.accessibility.compliance.status')}</strong>
        ${t('web.site.accessibility.compliance.after')}
      </p>
      <h2>${t('web.site.accessibility.testing.heading')}</h2>
      <ul>
        <li>${t('web.site.accessibility.testing.axe')}</li>
        <li>${t('web.site.accessibility.testing.round')}</li>
        <li>${t('web.site.accessibility.testing.no-scripts')}</li>
        <li>${t('web.site.accessibility.testing.contrast')}</li>
      </ul>
      <h2>${t('web.site.accessibility.limitations.heading')}</h2>
      <ul>
        <li>${t('web.site.accessibility.limitations.charts')}</li>
        <li>${t('web.site.accessibility.limitations.screen-readers')}</li>
      </ul>
      <h2>${t('web.site.accessibility.contact.heading')}</h2>
      <p>${t('web.site.accessibility.contact.text')} ${reach}.</p>
      <h2>${t('web.site.accessibility.enforcement.heading')}</h2>
      <p>${t('web.site.accessibility.enforcement.text')}</p>
      <p class="muted">${t('web.site.accessibility.prepared')}</p>`,
  });
}
