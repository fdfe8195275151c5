import { ValidationPipe, type INestApplication, type Type } from '@nestjs/common';
import { DiscoveryService, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import { SwaggerModule } from '@nestjs/swagger';
import type { TokenVerifier, WebSessions } from '@ledelsesrum/auth';
import type { AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG, TOKEN_VERIFIER } from '@ledelsesrum/api/infrastructure';
import { requestIdMiddleware, VALIDATION_OPTIONS, validationPipeFailed } from '@ledelsesrum/api/common';
import { importUploadParser, markDevSignIn, WEB_PATHS, WEB_SESSIONS } from '@ledelsesrum/web-ui';
import { describeApi } from './http/api-description';
import { authenticateBeforeBody } from './http/authenticate-before-body';
import { methodNotAllowed } from './http/method-not-allowed';
import { useRouteBodyParsers } from './http/route-body-parsers';
import { RouteTable } from './http/route-table';
import { strictTransportSecurity } from './http/strict-transport-security';

/** The global prefix of the API's routes; the web pages and the confirmation page are served without it. */
export const API_PREFIX = 'api';

/**
 * The API's routes get the global prefix; the web interface, and the confirmation page that is the address in the
 * cascade e-mail (PUBLIC_URL/bekraeft/<token>, with its pages to correct or withdraw the confirmation), live outside
 * the API.
 */
export function prefixApiRoutes(app: INestApplication): void {
  const confirmPages = ['bekraeft/:token', 'bekraeft/:token/ret', 'bekraeft/:token/traek-tilbage'];
  app.setGlobalPrefix(API_PREFIX, { exclude: [...confirmPages, ...WEB_PATHS] });
}

/** Every route of the app's controllers with its policy (read from the decorators alone: no provider is needed). */
export function routeTableOf(app: INestApplication): RouteTable {
  const controllers = new DiscoveryService(app.get(ModulesContainer))
    .getControllers()
    .flatMap((wrapper) => (wrapper.metatype ? [wrapper.metatype as Type] : []));
  return RouteTable.fromControllers(controllers, new Reflector());
}

/**
 * Everything main.ts sets on the app, kept apart so the tests build the very same app. Returns the routes' table,
 * which main.ts binds to the router once Nest has registered the routes (`app.init()`).
 */
export function configureApp(app: NestExpressApplication): RouteTable {
  // First of all, so every answer (a 401 too) carries its X-Request-Id, and the guards can name it in the actor.
  app.use(requestIdMiddleware);
  const config = app.get<AppConfig>(APP_CONFIG);
  // Browsers heed the header only over https; sent over plain http it would only mislead.
  if (new URL(config.publicUrl).protocol === 'https:') app.use(strictTransportSecurity);
  app.use(markDevSignIn(config));
  prefixApiRoutes(app);
  const routes = routeTableOf(app);
  // A wrong method is wrong whoever asks: 405 before credentials are looked at.
  app.use(methodNotAllowed(routes));
  // Credentials before any body is read, then each route's body with its own limit (see src/http).
  app.use(
    authenticateBeforeBody(
      routes,
      app.get<TokenVerifier>(TOKEN_VERIFIER),
      app.get<WebSessions>(WEB_SESSIONS),
      config.publicUrl,
    ),
  );
  // Pages, stylesheets and API answers go out compressed to any client that asks for it (Accept-Encoding). After the
  // refusals above: they answer before any body is read, with a length and "Connection: close", which must stay so.
  app.use(compression());
  useRouteBodyParsers(app, routes);
  // The organisation import page's file upload (multipart/form-data), read before WebSessionGuard checks its CSRF token.
  app.use(importUploadParser);
  // Refused input answers the API's one error body: code VALIDATION_FAILED and the refused fields one by one.
  app.useGlobalPipes(new ValidationPipe({ ...VALIDATION_OPTIONS, exceptionFactory: validationPipeFailed }));
  // No enableShutdownHooks(): main.ts stops the server itself, draining it before Nest's hooks run.
  // The documentation maps every route for anyone who reaches the port: by default only where anyone may sign in.
  if (!config.apiDocs) return routes;
  SwaggerModule.setup('api/docs', app, describeApi(app, routes, API_PREFIX));
  return routes;
}
