import {
  HttpStatus,
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { message } from '@ledelsesrum/messages';
import { catchError, mergeMap, of, type Observable } from 'rxjs';
import { FORM_FLASH_COOKIE, type CookieResponse, type FormFlashCookie } from './form-flash-cookie';
import type { FormConflict } from './form-flash';
import { FORM_PAGE, formPagePath, ShowFormAgain, ShowNext, type FormPageOptions } from './form-page';
import { Html } from './html';
import type { WebRequest } from './page-context';
import { setPageHeaders, type PageResponse } from './page-headers';
import { Redirect } from './redirect';
import { typedValues } from './typed-values';
import { messageOf, statusOf } from './web-exception.filter';

type Response = PageResponse & CookieResponse;
type Request = WebRequest & { readonly params?: Record<string, string> };

/**
 * Turns what a page handler returns into the answer: a page with its protective headers, or a 303 onwards. A refused
 * form goes back to its page too (Post/Redirect/Get), with what was typed and the errors in a short-lived flash, so
 * going back never posts again; the page's GET takes the flash (see PageContext.shown).
 */
@Injectable()
export class WebPageInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(FORM_FLASH_COOKIE) private readonly flashes: FormFlashCookie,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if (request.method === 'GET') request.formFlash = this.flashes.take(request, response);
    const formPage = this.reflector.get<FormPageOptions | undefined>(FORM_PAGE, context.getHandler());
    return next.handle().pipe(
      mergeMap(async (result: unknown) => {
        setPageHeaders(response);
        if (result instanceof ShowFormAgain) return this.showAgain(request, response, formPage ?? {}, result);
        if (result instanceof ShowNext) return this.showNext(request, response, result);
        if (result instanceof Redirect) return redirect(response, result.location);
        if (result instanceof PageResult) {
          response.status(result.status);
          return result.page.value;
        }
        if (result instanceof Html) return result.value;
        return result;
      }),
      catchError((error: unknown) => {
        if (!formPage || request.method !== 'POST' || statusOf(error) !== HttpStatus.CONFLICT) throw error;
        const conflict: FormConflict = {
          refusal: messageOf(error) ?? message('web.common.error.changed-concurrently'),
          typed: typedTexts(request.body, formPage.labels ?? {}),
        };
        const path = formPagePath({ path: formPage.conflictPath ?? formPage.path }, request);
        const form = { values: typedValues(request.body), errors: {} };
        if (!this.flashes.put(response, { form, conflict }, path, request.webSession?.csrf)) throw error;
        setPageHeaders(response);
        return of(redirect(response, path));
      }),
    );
  }

  private async showNext(request: Request, response: Response, next: ShowNext) {
    const path = formPagePath({}, request);
    if (this.flashes.put(response, { form: next.form }, path, request.webSession?.csrf))
      return redirect(response, path);
    return (await next.page()).value;
  }

  private async showAgain(request: Request, response: Response, options: FormPageOptions, again: ShowFormAgain) {
    const path = formPagePath(options, request);
    const flash = again.name === undefined ? { form: again.form } : { form: again.form, name: again.name };
    if (this.flashes.put(response, flash, path, request.webSession?.csrf)) {
      return redirect(response, path);
    }
    response.status(HttpStatus.BAD_REQUEST);
    return (await again.page()).value;
  }
}

function redirect(response: Response, location: string): string {
  response.status(HttpStatus.SEE_OTHER);
  response.setHeader('Location', location);
  return '';
}

/** The non-empty texts typed into the fields that have a label, in the labels' order. */
function typedTexts(body: unknown, labels: FormPageOptions['labels'] & object): FormConflict['typed'] {
  const values = typedValues(body);
  return Object.entries(labels).flatMap(([name, label]) => {
    const value = values[name];
    return typeof value === 'string' && value.trim() !== '' ? [{ label, value }] : [];
  });
}

/** A page with a status other than 200, e.g. a refusal that is a page of its own (409 after a stale plan). */
export class PageResult {
  constructor(
    readonly status: number,
    readonly page: Html,
  ) {}
}
