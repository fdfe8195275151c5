import { applyDecorators, Controller, SetMetadata, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { WebExceptionFilter } from './web-exception.filter';
import { WebPageInterceptor } from './web-page.interceptor';

export const WEB_PAGE_KEY = 'ledelsesrum:web-page';

/**
 * A controller of the web interface: its routes sit outside /api, answer in HTML, and take the caller from the session
 * cookie rather than a bearer token (the AuthGuard reads this mark). Who may call each route is still its @Roles.
 */
export function WebPages(path: string): ClassDecorator {
  return applyDecorators(
    Controller(path),
    ApiExcludeController(),
    SetMetadata(WEB_PAGE_KEY, true),
    UseInterceptors(WebPageInterceptor),
    UseFilters(WebExceptionFilter),
  );
}
