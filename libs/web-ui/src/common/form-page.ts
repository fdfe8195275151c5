import { SetMetadata } from '@nestjs/common';
import type { FormState } from './form-fields';
import type { Html } from './html';
import type { Text } from './text';

const FORM_PAGE = 'ledelsesrum:web-form-page';

/** Where a form post sends the browser back to when the form is refused, and what of its text a conflict shows. */
export interface FormPageOptions {
  /** The form's page, `:name` filled from the route's parameters (`/leder/cykler/:id`); default: the post's own path. */
  readonly path?: string;
  /** The labels of the typed texts that a conflict with the stored state shows beside where things stand now. */
  readonly labels?: Readonly<Record<string, Text>>;
  /**
   * Where a conflict goes instead of the form's page, for a form whose page no longer exists once the conflict has
   * happened (a correction of what was withdrawn meanwhile): the page that shows where things stand. Default: `path`.
   */
  readonly conflictPath?: string;
}

/**
 * Marks a form post whose refusals go back to the form's page (Post/Redirect/Get): the form's own errors (the handler
 * answers ShowFormAgain) and a conflict with the stored state (another tab, another person, a stage moved on), which
 * keeps what was typed. Without the mark a conflict is the error page.
 */
export const FormPage = (options: FormPageOptions = {}): MethodDecorator => SetMetadata(FORM_PAGE, options);

export { FORM_PAGE };

/** A form post's answer when its form has errors: back to the form's page, which shows it again with them. */
export class ShowFormAgain {
  constructor(
    readonly form: FormState,
    /** The page itself with the form (answered 400), only for a form too large to keep in a cookie until the redirect. */
    readonly page: () => Html | Promise<Html>,
    /** Which of the page's forms it is, where the page has several. */
    readonly name?: string,
  ) {}
}

/**
 * A form post's answer when its form is good and the next step shows it (a preview, a confirmation): on to the post's
 * own path as a GET, which takes the form from the flash, so going back from what follows never posts it again. The
 * page itself answers (200) only for a form too large to keep in a cookie until the redirect.
 */
export class ShowNext {
  constructor(
    readonly form: FormState,
    readonly page: () => Html | Promise<Html>,
  ) {}
}

/** The form page's path for this request: the template with the route's parameters, or the post's own path. */
export function formPagePath(
  options: FormPageOptions,
  request: { readonly url: string; readonly originalUrl?: string; readonly params?: Record<string, string> },
): string {
  const own = (request.originalUrl ?? request.url).split(/[?#]/)[0]!;
  if (!options.path) return own;
  return options.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(request.params?.[name] ?? ''));
}
