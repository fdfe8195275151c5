import { formatDate, formatDateTime } from '@ledelsesrum/domain';
import { bothLanguages, message, type Bilingual } from '@ledelsesrum/messages';
import { CHANNELS } from '../common/channel-suggestions';
import { html, type Html } from '../common/html';
import { markdown } from '../common/markdown';
import { pageHead, siteFooter } from '../common/page-frame';
import { inEachLanguage } from '../common/text';

/** Danish first, English beside it (marked `lang="en"` for screen readers). Both are escaped. */
type Text = Bilingual;

export type ConfirmField = 'passedOnAt' | 'channel' | 'note';

export interface ConfirmFormPage {
  readonly theme: string;
  readonly expiresAt: string;
  /** The summary being confirmed and when the cascade is due, once it is published. */
  readonly summary?: { readonly text: string; readonly deadline: string };
  /** What the person typed, shown again after an error (the date as its three fields, `passedOnAt.day` …). */
  readonly values: Readonly<Record<string, string>>;
  readonly fieldErrors: Partial<Record<ConfirmField, Text>>;
  /** Problems that belong to no field, e.g. a field the form does not have. */
  readonly formErrors: readonly Text[];
  /** Correcting the confirmation given: the form's own title and button, the fields filled in with it. */
  readonly correcting?: boolean;
  /** Where the form posts, when not to the page's own address. */
  readonly action?: string;
}

/** The form: when, how, and an optional reflection. */
export function confirmFormPage(page: ConfirmFormPage): string {
  const errors = [
    ...page.formErrors.map((text) => html`<li>${both(text)}</li>`),
    ...(Object.entries(page.fieldErrors) as [ConfirmField, Text][]).map(
      ([field, text]) => html`<li><a href="#${field}">${both(text)}</a></li>`,
    ),
  ];
  const summary = errors.length
    ? html`<div class="summary" role="alert" tabindex="-1" autofocus><h2>${both(message('web.common.form.correct'))}</h2><ul>${errors}</ul></div>`
    : '';
  const passedOnAt = dateFields(page);
  const channel = field(
    page,
    'channel',
    message('web.confirm.form.channel'),
    (a, value) =>
      html`<input type="text" id="channel" name="channel" maxlength="200" aria-required="true" list="channels" value="${value}"${a}><datalist id="channels">${CHANNELS.map((c) => html`<option value="${c}">`)}</datalist>`,
  );
  const note = field(
    page,
    'note',
    message('web.confirm.form.note'),
    (a, value) => html`<textarea id="note" name="note" rows="5" maxlength="2000"${a}>${value}</textarea>`,
  );
  const expires = message('web.confirm.form.expires', {
    date: inEachLanguage((language) => formatDate(language, page.expiresAt)),
  });
  const correcting = page.correcting === true;
  return layout(
    correcting ? message('web.corrections.correct.title') : message('web.confirm.form.title'),
    html`${cycleLine(page.theme)}
${page.summary ? summaryBeingConfirmed(page.summary) : ''}
<p>${both(correcting ? message('web.corrections.correct.intro') : message('web.confirm.form.intro'))}</p>
${summary}
<form method="post"${page.action ? html` action="${page.action}"` : ''} novalidate>
${passedOnAt}
${channel}
${note}
<button type="submit" class="button button-primary">${both(correcting ? message('web.corrections.correct.submit') : message('web.confirm.form.submit'))}</button>
</form>
<p class="small">${both(expires)}</p>`,
    errors.length > 0,
  );
}

/** The summary as published (in the words chefgruppen wrote it) and the deadline, in both languages. */
function summaryBeingConfirmed(summary: { readonly text: string; readonly deadline: string }): Html {
  const deadline = inEachLanguage((language) => formatDateTime(language, summary.deadline));
  return html`<h2>${both(message('web.leader.summary.title'))}</h2>
<div class="summary-text">${markdown(summary.text)}</div>
<p><strong>${both(message('web.record.deadline'))}:</strong> ${both(deadline)}</p>`;
}

/** `more`: what else the person can do from here (correct or withdraw the confirmation). */
export function receiptPage(theme: string, more?: Html): string {
  return statePage(message('web.confirm.receipt.title'), theme, message('web.confirm.receipt.text'), more);
}

export function alreadyConfirmedPage(theme: string, more?: Html): string {
  return statePage(
    message('web.confirm.already-confirmed.title'),
    theme,
    message('web.confirm.already-confirmed.text'),
    more,
  );
}

export function releasedPage(theme: string): string {
  return statePage(message('web.confirm.released.title'), theme, message('web.confirm.released.text'));
}

export function closedPage(theme: string): string {
  return statePage(message('web.confirm.closed.title'), theme, message('web.confirm.closed.text'));
}

export function notYetPage(theme: string): string {
  return statePage(message('web.confirm.not-yet.title'), theme, message('web.confirm.not-yet.text'));
}

export function expiredPage(): string {
  return statePage(message('web.confirm.expired.title'), undefined, message('web.confirm.expired.text'));
}

export function revokedPage(): string {
  return statePage(message('web.confirm.revoked.title'), undefined, message('web.confirm.revoked.text'));
}

export function invalidPage(): string {
  return statePage(message('web.confirm.invalid.title'), undefined, message('web.confirm.invalid.text'));
}

/** Any other refusal or failure; `detail` is the API's own (bilingual) message, shown as it is. */
export function errorPage(detail: string | undefined): string {
  const shown = detail ?? bothLanguages(message('web.confirm.error.try-later'));
  return layout(message('web.common.error.title'), html`<p>${shown}</p>`, true);
}

function field(
  page: ConfirmFormPage,
  name: ConfirmField,
  label: Text,
  /** Gets the error's ARIA attributes and the value to show again. */
  control: (attributes: Html, value: string) => Html,
): Html {
  const error = page.fieldErrors[name];
  const attributes = error ? html` aria-invalid="true" aria-describedby="${name}-error"` : html``;
  return html`<div class="field${error ? ' invalid' : ''}">
<label for="${name}">${both(label)}</label>
${error ? html`<p class="error" id="${name}-error">${both(error)}</p>` : ''}
${control(attributes, page.values[name] ?? '')}
</div>`;
}

/** The date as day, month and year under one legend, as on the signed-in pages (date-fields), in both languages. */
function dateFields(page: ConfirmFormPage): Html {
  const error = page.fieldErrors.passedOnAt;
  const parts = [
    ['day', message('web.forms.date.day'), 2],
    ['month', message('web.forms.date.month'), 2],
    ['year', message('web.forms.date.year'), 4],
  ] as const;
  return html`<div class="field${error ? ' invalid' : ''}">
<fieldset id="passedOnAt" aria-describedby="passedOnAt-hint${error ? ' passedOnAt-error' : ''}">
<legend>${both(message('web.confirm.form.passed-on-at'))}</legend>
<p class="small" id="passedOnAt-hint">${both(message('web.forms.date.hint'))}</p>
${error ? html`<p class="error" id="passedOnAt-error">${both(error)}</p>` : ''}
<div class="date-group">${parts.map(
    ([part, label, length]) => html`<div class="part-${length}">
<label for="passedOnAt-${part}">${both(label)}</label>
<input type="text" inputmode="numeric" autocomplete="off" id="passedOnAt-${part}" name="passedOnAt.${part}" maxlength="${length}" aria-required="true" value="${page.values[`passedOnAt.${part}`] ?? ''}"${error ? html` aria-invalid="true"` : ''}>
</div>`,
  )}</div>
</fieldset>
</div>`;
}

export function statePage(heading: Text, theme: string | undefined, text: Text, more?: Html): string {
  return layout(heading, html`${theme === undefined ? '' : cycleLine(theme)}<p>${both(text)}</p>${more ?? ''}`, false);
}

export function cycleLine(theme: string): Html {
  return html`<p>${both(message('web.confirm.page.cycle'))}: <strong>${theme}</strong></p>`;
}

export function both(text: Text): Html {
  return html`${text.da} <span lang="en" class="en">${text.en}</span>`;
}

/** The page around each personal-link page: Danish with English beside it, in the site's frame and footer. */
export function layout(heading: Text, body: Html, hasErrors: boolean): string {
  const title = `${hasErrors ? message('web.common.layout.error-prefix').da : ''}${bothLanguages(heading)} – ledelsesrum`;
  return html`<!doctype html>
<html lang="da">
<head>
${pageHead(title)}
</head>
<body>
<header class="header">
<div class="portal-info"><div class="container portal-info-inner"><span class="brand">ledelsesrum</span></div></div>
</header>
<main class="container page-container">
<h1>${both(heading)}</h1>
${body}
</main>
${siteFooter('both')}
</body>
</html>
`.value;
}
