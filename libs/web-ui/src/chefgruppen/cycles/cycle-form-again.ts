import type { FormState } from '../../common/form-fields';
import { ShowFormAgain } from '../../common/form-page';
import type { PageContext } from '../../common/page-context';
import type { CycleActionForms } from './action-form';
import { cyclePage } from './cycle.page';
import { loadCyclePage, type CycleSources } from './page-data';

/** The cycle's page, where its action forms are (a form page's path, `:id` filled from the route). */
export const CYCLE_PAGE = '/chefgruppen/cykler/:id';

/** The cycle page of one cycle. */
export function cyclePath(id: string): string {
  return `/chefgruppen/cykler/${id}`;
}

/** Back to the cycle page with one of its forms as typed, and the page itself should the form not fit a cookie. */
export function cycleFormAgain(
  sources: CycleSources,
  context: PageContext,
  id: string,
  name: keyof CycleActionForms,
  form: FormState,
): ShowFormAgain {
  const page = async () => cyclePage(context, await loadCyclePage(sources, id), { [name]: form });
  return new ShowFormAgain(form, page, name);
}
