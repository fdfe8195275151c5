import { cycleStreamId, formatMoment } from '@ledelsesrum/domain';
import type { ChainBreak, VerifyResult } from '@ledelsesrum/audit';
import { chainFindingText, message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { inEachLanguage, say } from '../common/text';
import { BREAK_KINDS } from './audit-words';

function intact(context: PageContext, result: Extract<VerifyResult, { intact: true }>): Html {
  const { language } = context;
  const { head } = result;
  return html`<div class="alert alert-info notice" role="status">
      <h2>${say(language, message('web.auditor.integrity.intact'))}</h2>
      <p>
        ${say(language, message('web.auditor.integrity.intact.text', { events: result.events, streams: result.streams }))}
      </p>
    </div>
    <dl class="facts">
      <dt>${say(language, message('web.auditor.integrity.events'))}</dt>
      <dd>${result.events}</dd>
      <dt>${say(language, message('web.auditor.integrity.streams'))}</dt>
      <dd>${result.streams}</dd>
      ${
        head
          ? html`<dt>${say(language, message('web.auditor.integrity.head'))}</dt>
              <dd>
                ${say(
                  language,
                  message('web.auditor.integrity.head.at', {
                    position: head.position,
                    recordedAt: inEachLanguage((each) => formatMoment(each, head.recordedAt)),
                  }),
                )}
              </dd>
              <dt>${say(language, message('web.auditor.integrity.head-hash'))}</dt>
              <dd><code class="audit-hash">${head.chainHash}</code></dd>`
          : html`<dt>${say(language, message('web.auditor.integrity.head'))}</dt>
              <dd>${say(language, message('web.auditor.integrity.head.none'))}</dd>`
      }
    </dl>
    <p class="hint">
      ${say(language, message('web.auditor.integrity.keep-head'))}
    </p>`;
}

function broken(context: PageContext, events: number, found: ChainBreak, cycleIds: readonly string[]): Html {
  const { language } = context;
  const kind = BREAK_KINDS[found.kind];
  // The broken event may be forged, so neither its type nor its stream's name says whose it is: the known cycles do.
  const cycleId = cycleIds.find((id) => cycleStreamId(id) === found.streamId);
  const unknown = say(language, message('web.auditor.integrity.cannot-tell'));
  const stream = found.streamId ?? unknown;
  return html`<div class="alert alert-error notice audit-broken" role="alert">
      <h2>${say(language, message('web.auditor.integrity.broken'))}</h2>
      <p>
        ${say(language, message('web.auditor.integrity.broken.text', { position: found.position, events }))}
      </p>
    </div>
    <dl class="facts">
      <dt>${say(language, message('web.auditor.integrity.kind'))}</dt>
      <dd><strong>${say(language, kind.name)}</strong>: ${say(language, kind.meaning)}</dd>
      <dt>${say(language, message('web.auditor.integrity.stream'))}</dt>
      <dd id="brud-stroem">
        ${cycleId ? html`<a href="/revision/cykler/${encodeURIComponent(cycleId)}">${stream}</a>` : stream}
      </dd>
      <dt>${say(language, message('web.auditor.integrity.revision'))}</dt>
      <dd>${found.revision ?? unknown}</dd>
      <dt>${say(language, message('web.auditor.integrity.position'))}</dt>
      <dd>${found.position}</dd>
      <dt>${say(language, message('web.auditor.integrity.found'))}</dt>
      <dd>${say(language, chainFindingText(found.finding))}</dd>
    </dl>`;
}

/**
 * The result of the same walk as GET /api/audit/verify and `ledelsesrum verify`: intact with the counts and the head,
 * or the first broken link with where it is and what was found, stamped with when the check ran.
 */
export function integrityCheckPage(
  context: PageContext,
  result: VerifyResult,
  checkedAt: string,
  cycleIds: readonly string[],
): Html {
  const { language } = context;
  return layout(context, {
    title: message('web.auditor.integrity.title'),
    trail: [{ href: '/revision', label: message('web.common.menu.auditor') }],
    body: html`<p>
        ${say(language, message('web.auditor.integrity.checked'))}
        <time datetime="${checkedAt}">${formatMoment(language, checkedAt)}</time>
        ${say(language, message('web.auditor.integrity.copenhagen-time'))}
      </p>
      ${result.intact ? intact(context, result) : broken(context, result.events, result.break, cycleIds)}
      <div class="actions">
        <form method="get" action="/revision/kontrol">
          <button type="submit" class="button button-primary">${say(language, message('web.auditor.integrity.check-again'))}</button>
        </form>
        <a href="/revision">${say(language, message('web.auditor.integrity.back'))}</a>
      </div>`,
  });
}
