import { formatDate } from '@ledelsesrum/domain';
import type { Bilingual } from '@ledelsesrum/messages';
import { escapeHtml } from '../common/escape-html';

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
}

/** Suggestions for how a leader passed the results on, offered by both confirmation forms. */
export const CHANNELS = ['personalemøde', 'teammøde', 'MED-møde', 'e-mail', 'nyhedsbrev', 'samtaler med den enkelte'];

/** The form: when, how, and an optional reflection. */
export function confirmFormPage(page: ConfirmFormPage): string {
  const errors = [
    ...page.formErrors.map((text) => `<li>${both(text)}</li>`),
    ...(Object.entries(page.fieldErrors) as [ConfirmField, Text][]).map(
      ([field, text]) => `<li><a href="#${field}">${both(text)}</a></li>`,
    ),
  ];
  const summary = errors.length
    ? `<div class="summary" role="alert"><h2>${both({ da: 'Ret venligst', en: 'Please correct' })}</h2>` +
      `<ul>${errors.join('')}</ul></div>`
    : '';
  const fields = [
    field(
      page,
      'passedOnAt',
      { da: 'Hvornår gav du resultaterne videre?', en: 'When did you pass the results on?' },
      (a, value) => `<input type="date" id="passedOnAt" name="passedOnAt" required value="${value}"${a}>`,
    ),
    field(
      page,
      'channel',
      { da: 'Hvordan? (fx personalemøde)', en: 'How? (e.g. staff meeting)' },
      (a, value) =>
        `<input type="text" id="channel" name="channel" maxlength="200" required list="channels" value="${value}"${a}>` +
        `<datalist id="channels">${CHANNELS.map((c) => `<option value="${escapeHtml(c)}">`).join('')}</datalist>`,
    ),
    field(
      page,
      'note',
      { da: 'Refleksion (valgfri)', en: 'Reflection (optional)' },
      (a, value) => `<textarea id="note" name="note" rows="5" maxlength="2000"${a}>${value}</textarea>`,
    ),
  ];
  return layout(
    { da: 'Bekræft din videreformidling', en: 'Confirm your cascade' },
    `${cycleLine(page.theme)}
<p>${both({
      da: 'Bekræft, at du har fortalt dine medarbejdere, hvad der kom ud af mødet, og hvad det betyder hos jer.',
      en: 'Confirm that you told your staff what came out of the meeting and what it means at your workplace.',
    })}</p>
${summary}
<form method="post">
${fields.join('\n')}
<button type="submit">${both({ da: 'Bekræft', en: 'Confirm' })}</button>
</form>
<p class="small">${both({ da: `Linket virker til ${formatDate('da', page.expiresAt)}`, en: `The link works until ${formatDate('en', page.expiresAt)}` })}</p>`,
    errors.length > 0,
  );
}

export function receiptPage(theme: string): string {
  return message(
    { da: 'Tak – din videreformidling er registreret', en: 'Thank you – your cascade is recorded' },
    theme,
    { da: 'Du kan lukke siden.', en: 'You can close this page.' },
  );
}

export function alreadyConfirmedPage(theme: string): string {
  return message(
    { da: 'Din videreformidling er allerede registreret', en: 'Your cascade is already recorded' },
    theme,
    { da: 'Der er ikke mere at gøre her.', en: 'There is nothing more to do here.' },
  );
}

export function releasedPage(theme: string): string {
  return message({ da: 'Du er fritaget for videreformidlingen', en: 'You were released from the cascade' }, theme, {
    da: 'Chefgruppen har fritaget dig i denne runde.',
    en: 'Chefgruppen released you in this round.',
  });
}

export function closedPage(theme: string): string {
  return message({ da: 'Runden er lukket', en: 'The round is closed' }, theme, {
    da: 'Chefgruppen har lukket runden, så der kan ikke længere bekræftes. Kontakt din facilitator, hvis du har spørgsmål.',
    en: 'Chefgruppen has closed the round, so confirmations are no longer taken. Ask your facilitator if in doubt.',
  });
}

export function notYetPage(theme: string): string {
  return message(
    { da: 'Opsamlingen er ikke offentliggjort endnu', en: 'The summary has not been published yet' },
    theme,
    { da: 'Du kan bekræfte, når opsamlingen er sendt ud.', en: 'You can confirm once the summary is out.' },
  );
}

export function expiredPage(): string {
  return message({ da: 'Linket er udløbet', en: 'The link has expired' }, undefined, {
    da: 'Bed om et nyt link, eller log ind og bekræft dér.',
    en: 'Ask for a new link, or sign in and confirm there.',
  });
}

export function revokedPage(): string {
  return message({ da: 'Linket virker ikke længere', en: 'The link no longer works' }, undefined, {
    da: 'Du er fritaget for runden, har forladt organisationen, eller dine oplysninger er slettet, så der er intet at bekræfte. Kontakt chefgruppen, hvis det er en fejl.',
    en: 'You were released from the round, have left the organisation, or your details were erased, so there is nothing to confirm. Contact chefgruppen if this is a mistake.',
  });
}

export function invalidPage(): string {
  return message({ da: 'Linket er ugyldigt', en: 'The link is not valid' }, undefined, {
    da: 'Tjek, at hele linket fra e-mailen kom med, eller log ind og bekræft dér.',
    en: 'Check that the whole link from the e-mail came along, or sign in and confirm there.',
  });
}

/** Any other refusal or failure; `detail` is the API's own (bilingual) message, shown as it is. */
export function errorPage(detail: string | undefined): string {
  const heading = { da: 'Det lykkedes ikke', en: 'That did not work' };
  return layout(heading, `<p>${escapeHtml(detail ?? 'Prøv igen senere / Please try again later')}</p>`, true);
}

function field(
  page: ConfirmFormPage,
  name: ConfirmField,
  label: Text,
  /** Gets the error's ARIA attributes and the escaped value to show again. */
  control: (attributes: string, value: string) => string,
): string {
  const error = page.fieldErrors[name];
  const attributes = error ? ` aria-invalid="true" aria-describedby="${name}-error"` : '';
  return `<div class="field${error ? ' invalid' : ''}">
<label for="${name}">${both(label)}</label>
${error ? `<p class="error" id="${name}-error">${both(error)}</p>` : ''}
${control(attributes, escapeHtml(page.values[name] ?? ''))}
</div>`;
}

function message(heading: Text, theme: string | undefined, text: Text): string {
  return layout(heading, `${theme === undefined ? '' : cycleLine(theme)}<p>${both(text)}</p>`, false);
}

function cycleLine(theme: string): string {
  return `<p>${both({ da: 'Mødecyklus', en: 'Meeting cycle' })}: <strong>${escapeHtml(theme)}</strong></p>`;
}

function both(text: Text): string {
  return `${escapeHtml(text.da)} <span lang="en" class="en">${escapeHtml(text.en)}</span>`;
}

function layout(heading: Text, body: string, hasErrors: boolean): string {
  const title = `${hasErrors ? 'Fejl: ' : ''}${heading.da} / ${heading.en} – ledelsesrum`;
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${both(heading)}</h1>
${body}
</main>
</body>
</html>
`;
}

const STYLE = `
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
