import { cycleStreamId, formatMoment } from '@ledelsesrum/domain';
import type { ChainBreak, VerifyResult } from '@ledelsesrum/audit';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { fromBilingual, say } from '../common/text';
import { BREAK_KINDS } from './audit-words';

function intact(context: PageContext, result: Extract<VerifyResult, { intact: true }>): Html {
  const { language } = context;
  const { head } = result;
  return html`<div class="notice" role="status">
      <h2>${say(language, { da: 'Kæden er intakt', en: 'The chain is intact' })}</h2>
      <p>
        ${say(language, {
          da: `Alle ${result.events} hændelser i ${result.streams} strømme passer med deres hashes og med kæden.`,
          en: `All ${result.events} events in ${result.streams} streams match their hashes and the chain.`,
        })}
      </p>
    </div>
    <dl class="facts">
      <dt>${say(language, { da: 'Hændelser', en: 'Events' })}</dt>
      <dd>${result.events}</dd>
      <dt>${say(language, { da: 'Strømme', en: 'Streams' })}</dt>
      <dd>${result.streams}</dd>
      ${
        head
          ? html`<dt>${say(language, { da: 'Kædens hoved', en: 'Head of the chain' })}</dt>
              <dd>
                ${say(language, { da: 'Position', en: 'Position' })} ${head.position},
                ${say(language, { da: 'registreret', en: 'recorded' })} ${formatMoment(language, head.recordedAt)}
              </dd>
              <dt>${say(language, { da: 'Hovedets kædehash', en: 'The head’s chain hash' })}</dt>
              <dd><code class="audit-hash">${head.chainHash}</code></dd>`
          : html`<dt>${say(language, { da: 'Kædens hoved', en: 'Head of the chain' })}</dt>
              <dd>${say(language, { da: 'Ingen: loggen er tom', en: 'None: the log is empty' })}</dd>`
      }
    </dl>
    <p class="hint">
      ${say(language, {
        da: 'Gem hovedet uden for systemet (fx i revisionsnotatet). Holder det ved en senere kontrol, er intet før det ændret.',
        en: 'Keep the head outside the system (e.g. in the audit notes). If it still holds at a later check, nothing before it was changed.',
      })}
    </p>`;
}

function broken(context: PageContext, events: number, found: ChainBreak, cycleIds: readonly string[]): Html {
  const { language } = context;
  const kind = BREAK_KINDS[found.kind];
  // The broken event may be forged, so neither its type nor its stream's name says whose it is: the known cycles do.
  const cycleId = cycleIds.find((id) => cycleStreamId(id) === found.streamId);
  const unknown = say(language, { da: 'kan ikke afgøres', en: 'cannot be told' });
  const stream = found.streamId ?? unknown;
  return html`<div class="notice audit-broken" role="alert">
      <h2>${say(language, { da: 'Kæden er brudt', en: 'The chain is broken' })}</h2>
      <p>
        ${say(language, {
          da: `Det første brud er ved position ${found.position}. De ${events} hændelser før det er intakte.`,
          en: `The first break is at position ${found.position}. The ${events} events before it are intact.`,
        })}
      </p>
    </div>
    <dl class="facts">
      <dt>${say(language, { da: 'Art', en: 'Kind' })}</dt>
      <dd><strong>${say(language, kind.name)}</strong>: ${say(language, kind.meaning)}</dd>
      <dt>${say(language, { da: 'Strøm', en: 'Stream' })}</dt>
      <dd id="brud-stroem">
        ${cycleId ? html`<a href="/revision/cykler/${encodeURIComponent(cycleId)}">${stream}</a>` : stream}
      </dd>
      <dt>${say(language, { da: 'Revision', en: 'Revision' })}</dt>
      <dd>${found.revision ?? unknown}</dd>
      <dt>${say(language, { da: 'Position', en: 'Position' })}</dt>
      <dd>${found.position}</dd>
      <dt>${say(language, { da: 'Fundet', en: 'Found' })}</dt>
      <dd>${say(language, fromBilingual(found.detail))}</dd>
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
    title: { da: 'Kontrol af hash-kæden', en: 'Hash chain check' },
    trail: [{ href: '/revision', label: { da: 'Revision', en: 'Audit' } }],
    body: html`<p>
        ${say(language, { da: 'Kontrolleret', en: 'Checked' })}
        <time datetime="${checkedAt}">${formatMoment(language, checkedAt)}</time>
        ${say(language, { da: '(dansk tid).', en: '(Copenhagen time).' })}
      </p>
      ${result.intact ? intact(context, result) : broken(context, result.events, result.break, cycleIds)}
      <div class="actions">
        <form method="get" action="/revision/kontrol">
          <button type="submit">${say(language, { da: 'Kontrollér igen', en: 'Check again' })}</button>
        </form>
        <a href="/revision">${say(language, { da: 'Tilbage til revision', en: 'Back to the audit page' })}</a>
      </div>`,
  });
}
