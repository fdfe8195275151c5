import { message, type Bilingual } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { both, cycleLine, layout as linkPage, statePage } from './confirm-page.templates';

/** The personal link's pages for putting a confirmation right: its own address under the link's, `/bekraeft/<token>`. */
export function linkPath(token: string, action?: 'ret' | 'traek-tilbage'): string {
  return `/bekraeft/${encodeURIComponent(token)}${action ? `/${action}` : ''}`;
}

/** Under the receipt: the confirmation can be corrected or withdrawn while the round is not completed. */
export function correctionLinks(token: string): Html {
  return html`<p>${both(message('web.corrections.while-open'))}</p>
<p><a href="${linkPath(token, 'ret')}">${both(message('web.corrections.correct'))}</a></p>
<p><a href="${linkPath(token, 'traek-tilbage')}">${both(message('web.corrections.withdraw'))}</a></p>`;
}

export interface WithdrawalPage {
  readonly theme: string;
  readonly token: string;
  /** What the person typed, shown again with the error. */
  readonly reason: string;
  readonly error?: Bilingual;
}

/** Asks first: what withdrawing means, and why; or back to the link's page to keep the confirmation. */
export function withdrawalPage(page: WithdrawalPage): string {
  const { error } = page;
  const attributes = error ? html` aria-invalid="true" aria-describedby="reason-hint reason-error"` : html``;
  const summary = error
    ? html`<div class="summary" role="alert" tabindex="-1" autofocus><h2>${both(message('web.common.form.correct'))}</h2><ul><li><a href="#reason">${both(error)}</a></li></ul></div>`
    : '';
  return linkPage(
    message('web.corrections.withdraw.title'),
    html`${cycleLine(page.theme)}
<p>${both(message('web.corrections.withdraw.consequence'))}</p>
${summary}
<form method="post" novalidate>
<div class="field${error ? ' invalid' : ''}">
<label for="reason">${both(message('web.corrections.withdraw.reason'))}</label>
<p class="small" id="reason-hint">${both(message('web.corrections.withdraw.reason.hint'))}</p>
${error ? html`<p class="error" id="reason-error">${both(error)}</p>` : ''}
<textarea id="reason" name="reason" rows="4" maxlength="2000"${error ? attributes : html` aria-describedby="reason-hint"`}>${page.reason}</textarea>
</div>
<button type="submit">${both(message('web.corrections.withdraw.submit'))}</button>
</form>
<p><a href="${linkPath(page.token)}">${both(message('web.corrections.withdraw.keep'))}</a></p>`,
    error !== undefined,
  );
}

export function withdrawnPage(theme: string, token: string): string {
  const again = html`<p><a href="${linkPath(token)}">${both(message('web.corrections.confirm-again'))}</a></p>`;
  return statePage(message('web.corrections.withdrawn.title'), theme, message('web.corrections.withdrawn.text'), again);
}

export function correctedPage(theme: string, token: string): string {
  return statePage(
    message('web.corrections.corrected.title'),
    theme,
    message('web.confirm.receipt.text'),
    correctionLinks(token),
  );
}
