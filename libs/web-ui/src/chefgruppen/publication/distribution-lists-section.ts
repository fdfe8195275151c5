import { formatDateTime } from '@ledelsesrum/domain';
import { message } from '@ledelsesrum/messages';
import type { DistributionListsInForce } from '@ledelsesrum/api/publication';
import { csrfField, errorSummary, inputField, selectField, type FormState } from '../../common/form-fields';
import { html, type Html } from '../../common/html';
import type { PageContext } from '../../common/page-context';
import { say, type Text } from '../../common/text';
import { listField, listValues, rowsIn } from './distribution-lists-form';

export const DISTRIBUTION_LISTS_PATH = '/chefgruppen/offentliggoerelse/lister';

/** Empty rows below the lists, for new ones: enough for a new area's list and one more, without a script. */
const NEW_ROWS = 2;

export interface DistributionListsView {
  readonly inForce: DistributionListsInForce | undefined;
  /** Who set them, by name where the organisation still knows them. */
  readonly setByName: string | undefined;
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  /** What was typed and refused, to show again; absent for the lists as stored. */
  readonly form?: FormState;
  readonly saved: boolean;
}

/** The labels of every row's fields, for the error summary's links. */
export function distributionListLabels(rows: number): Record<string, Text> {
  const labels: Record<string, Text> = {};
  for (let row = 0; row < rows; row += 1) {
    const number = row + 1;
    labels[listField(row, 'name')] = message('web.publication.lists.name', { number });
    labels[listField(row, 'address')] = message('web.publication.lists.address', { number });
    labels[listField(row, 'areaId')] = message('web.publication.lists.reach', { number });
  }
  return labels;
}

/** The publication page's section with the distribution lists: which are in force, and the form that sets them. */
export function distributionListsSection(context: PageContext, view: DistributionListsView): Html {
  const { language } = context;
  const t = (text: Text) => say(language, text);
  const lists = view.inForce?.lists ?? [];
  const form = view.form ?? { values: listValues(lists), errors: {} };
  const rows = Math.max(rowsIn(form.values), lists.length) + (view.form ? 0 : NEW_ROWS);
  const labels = distributionListLabels(rows);
  const status =
    view.inForce && lists.length > 0
      ? message('web.publication.lists.set', {
          count: lists.length,
          at: formatDateTime(language, view.inForce.at),
          by: view.setByName ?? view.inForce.setBy,
        })
      : message('web.publication.lists.none');
  const reach = [
    { value: '', label: t(message('web.publication.lists.all-staff')) },
    ...view.areas.map((area) => ({
      value: area.id,
      label: t(message('web.publication.lists.area', { name: area.name })),
    })),
  ];
  const row = (index: number) => {
    const number = index + 1;
    return html`<fieldset class="distribution-list">
      <legend class="h4">${t(message('web.publication.lists.list', { number }))}</legend>
      ${inputField(context, form, { name: listField(index, 'name'), label: labels[listField(index, 'name')]!, maxLength: 200 })}
      ${inputField(context, form, {
        name: listField(index, 'address'),
        label: labels[listField(index, 'address')]!,
        maxLength: 200,
      })}
      ${selectField(context, form, { name: listField(index, 'areaId'), label: labels[listField(index, 'areaId')]!, choices: reach })}
    </fieldset>`;
  };
  return html`<section aria-labelledby="fordelingslister">
    <h2 id="fordelingslister">${t(message('web.publication.lists.heading'))}</h2>
    <p>${t(message('web.publication.lists.what'))}</p>
    ${
      view.saved
        ? html`<div class="alert alert-success" role="status"><p>${t(message('web.publication.lists.saved'))}</p></div>`
        : ''
    }
    <p>${t(status)}</p>
    ${errorSummary(context, form, labels)}
    <form id="lister" method="post" action="${DISTRIBUTION_LISTS_PATH}" novalidate>
      ${csrfField(context)} ${Array.from({ length: rows }, (_, index) => row(index))}
      <button type="submit" class="button button-primary">${t(message('web.publication.lists.save'))}</button>
    </form>
  </section>`;
}
