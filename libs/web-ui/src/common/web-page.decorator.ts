import { applyDecorators, Controller, UseFilters, UseInterceptors } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { SessionRoutes } from '@ledelsesrum/api/auth';
import { WebExceptionFilter } from './web-exception.filter';
import { WebPageInterceptor } from './web-page.interceptor';

/**
 * A controller of the web interface: its routes sit outside /api, answer in HTML, and take the caller from the session
 * cookie rather than a bearer token (WebSessionGuard acts on this mark). Who may call each route is still its @Roles.
 */
export function WebPages(path: string): ClassDecorator {
  return applyDecorators(
    Controller(path),
    ApiExcludeController(),
    SessionRoutes(),
    UseInterceptors(WebPageInterceptor),
    UseFilters(WebExceptionFilter),
  );
}
