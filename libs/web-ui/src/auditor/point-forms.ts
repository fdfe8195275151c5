import { message } from '@ledelsesrum/messages';
import { dateField } from '../common/date-fields';
import { errorSummary, inputField, type FormState } from '../common/form-fields';
import { html, type Html } from '../common/html';
import type { PageContext } from '../common/page-context';
import { say } from '../common/text';
import { POINT_FIELDS, POINT_LABELS } from './read-point';

/**
 * Two small GET forms, so the address of what is shown can be kept and sent on: the state at a revision, or at a
 * moment. Both go to the state (`#tilstand`) on the page they open. Errors show at the field and in a summary.
 */
export function pointForms(context: PageContext, cycleId: string, form: FormState, latest: number): Html {
  const { language } = context;
  const action = `/revision/cykler/${encodeURIComponent(cycleId)}#tilstand`;
  return html`<section class="panel" aria-labelledby="vaelg-punkt">
    <h2 id="vaelg-punkt">${say(language, message('web.auditor.point.title'))}</h2>
    ${errorSummary(context, form, POINT_LABELS)}
    <div class="audit-point-forms">
      <form method="get" action="${action}" novalidate>
        ${inputField(context, form, {
          name: POINT_FIELDS.revision,
          type: 'number',
          label: POINT_LABELS[POINT_FIELDS.revision]!,
          hint: message('web.auditor.point.revision.hint', { latest }),
        })}
        <button type="submit" class="button button-secondary">
          ${say(language, message('web.auditor.point.by-revision'))}
        </button>
      </form>
      <form method="get" action="${action}" novalidate>
        ${dateField(context, form, {
          name: POINT_FIELDS.moment,
          label: POINT_LABELS[POINT_FIELDS.moment]!,
          hint: message('web.auditor.point.moment.hint'),
          withTime: true,
        })}
        <button type="submit" class="button button-secondary">
          ${say(language, message('web.auditor.point.by-moment'))}
        </button>
      </form>
    </div>
  </section>`;
}
