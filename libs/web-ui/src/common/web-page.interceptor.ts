import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import { Html } from './html';
import { setPageHeaders, type PageResponse } from './page-headers';
import { Redirect } from './redirect';

/** Turns what a page handler returns into the answer: a page with its protective headers, or a 303 onwards. */
@Injectable()
export class WebPageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<PageResponse & { headersSent?: boolean }>();
    return next.handle().pipe(
      map((result: unknown) => {
        setPageHeaders(response);
        if (result instanceof Redirect) {
          response.status(303);
          response.setHeader('Location', result.location);
          return '';
        }
        if (result instanceof PageResult) {
          response.status(result.status);
          return result.page.value;
        }
        if (result instanceof Html) return result.value;
        return result;
      }),
    );
  }
}

/** A page with a status other than 200, e.g. a form shown again with its errors (400). */
export class PageResult {
  constructor(
    readonly status: number,
    readonly page: Html,
  ) {}
}
