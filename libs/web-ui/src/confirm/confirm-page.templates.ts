import { formatDate } from '@ledelsesrum/domain';
import { bothLanguages, message, type Bilingual } from '@ledelsesrum/messages';
import { CHANNELS } from '../common/channel-suggestions';
import { html, type Html } from '../common/html';
import { inEachLanguage } from '../common/text';

/** Danish first, English beside it (marked `lang="en"` for screen readers). Both are escaped. */
type Text = Bilingual;

export type ConfirmField = 'passedOnAt' | 'channel' | 'note';

export interface ConfirmFormPage {
  readonly theme: string;
  readonly expiresAt: string;
  /** What the person typed, shown again after an error. */
  readonly values: Partial<Record<ConfirmField, string>>;
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
    ? html`<div class="summary" role="alert"><h2>${both(message('web.common.form.correct'))}</h2><ul>${errors}</ul></div>`
    : '';
  const passedOnAt = field(
    page,
    'passedOnAt',
    message('web.confirm.form.passed-on-at'),
    (a, value) => html`<input type="date" id="passedOnAt" name="passedOnAt" required value="${value}"${a}>`,
  );
  const channel = field(
    page,
    'channel',
    message('web.confirm.form.channel'),
    (a, value) =>
      html`<input type="text" id="channel" name="channel" maxlength="200" required list="channels" value="${value}"${a}><datalist id="channels">${CHANNELS.map((c) => html`<option value="${c}">`)}</datalist>`,
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
<p>${both(correcting ? message('web.corrections.correct.intro') : message('web.confirm.form.intro'))}</p>
${summary}
<form method="post"${page.action ? html` action="${page.action}"` : ''}>
${passedOnAt}
${channel}
${note}
<button type="submit">${both(correcting ? message('web.corrections.correct.submit') : message('web.confirm.form.submit'))}</button>
</form>
<p class="small">${both(expires)}</p>`,
    errors.length > 0,
  );
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

export function statePage(heading: Text, theme: string | undefined, text: Text, more?: Html): string {
  return layout(heading, html`${theme === undefined ? '' : cycleLine(theme)}<p>${both(text)}</p>${more ?? ''}`, false);
}

export function cycleLine(theme: string): Html {
  return html`<p>${both(message('web.confirm.page.cycle'))}: <strong>${theme}</strong></p>`;
}

export function both(text: Text): Html {
  return html`${text.da} <span lang="en" class="en">${text.en}</span>`;
}

export function layout(heading: Text, body: Html, hasErrors: boolean): string {
  const title = `${hasErrors ? message('web.common.layout.error-prefix').da : ''}${bothLanguages(heading)} – ledelsesrum`;
  return html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${both(heading)}</h1>
${body}
</main>
</body>
</html>
`.value;
}

const STYLE = html`
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; padding: 1rem; color: #1b1b1b; background: #fff; }
main { max-width: 40rem; margin: 0 auto; }
.en { display: block; color: #505050; font-size: 0.9em; font-weight: normal; }
h1 .en { font-size: 0.7em; }
.field { margin: 1.25rem 0; }
label { display: block; font-weight: bold; }
input, textarea { display: block; width: 100%; max-width: 30rem; box-sizing: border-box; font: inherit; padding: 0.5rem;
  border: 2px solid #1b1b1b; }
.invalid input, .invalid textarea { border-color: #b00020; }
.error { color: #b00020; font-weight: bold; margin: 0.25rem 0; }
.summary { border: 3px solid #b00020; padding: 0.5rem 1rem; margin: 1rem 0; }
button { font: inherit; font-weight: bold; padding: 0.6rem 1.5rem; background: #00614b; color: #fff; border: 0; }
button .en { display: inline; color: #e0e0e0; }
button:focus, input:focus, textarea:focus, a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
.small { font-size: 0.9em; color: #505050; }
`;
