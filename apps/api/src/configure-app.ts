import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { AppConfig } from '@ledelsesrum/config';
import { MAX_IMPORT_BYTES } from '@ledelsesrum/organisation-csv';
import { bodyTooLarge } from './common/body-too-large';
import { requestIdMiddleware } from './common/request-id.middleware';
import { strictTransportSecurity } from './common/strict-transport-security';
import { VALIDATION_OPTIONS } from './common/validation-options';
import { refuseLoneSurrogates } from './common/well-formed-json';
import { APP_CONFIG } from './tokens';
import { markDevSignIn } from './web/common/dev-sign-in';
import { WEB_PATHS } from './web/web-controllers';
import { importUploadParser } from './web/chefgruppen/organisation-upload';

/** Everything main.ts sets on the app, kept apart so the tests build the very same app. */
export function configureApp(app: NestExpressApplication): void {
  // First of all, so every answer (a 401 too) carries its X-Request-Id, and the AuthGuard can name it in the actor.
  app.use(requestIdMiddleware);
  const config = app.get<AppConfig>(APP_CONFIG);
  // Browsers heed the header only over https; sent over plain http it would only mislead.
  if (new URL(config.publicUrl).protocol === 'https:') app.use(strictTransportSecurity);
  app.use(markDevSignIn(config));
  // The web interface, and the confirmation page that is the address in the cascade e-mail
  // (PUBLIC_URL/bekraeft/<token>), live outside the API.
  app.setGlobalPrefix('api', { exclude: ['bekraeft/:token', ...WEB_PATHS] });
  // The organisation import takes the spreadsheet's bytes as they are, to tell UTF-8 from Windows-1252.
  app.useBodyParser('raw', { type: 'text/csv', limit: MAX_IMPORT_BYTES });
  // A whole organisation of a large municipality (2,500 people) is a few hundred kilobytes of JSON.
  app.useBodyParser('json', { limit: '5mb', reviver: refuseLoneSurrogates });
  // The confirmation page's form (application/x-www-form-urlencoded): flat fields, nothing nested.
  app.useBodyParser('urlencoded', { extended: false, limit: '100kb' });
  // A body over its parser's limit: the API's usual error body, not the parser's.
  app.use(bodyTooLarge);
  // The organisation import page's file upload (multipart/form-data), read before the AuthGuard checks its CSRF token.
  app.use(importUploadParser);
  app.useGlobalPipes(new ValidationPipe(VALIDATION_OPTIONS));
  app.enableShutdownHooks();
  // The documentation maps every route for anyone who reaches the port: by default only where anyone may sign in.
  if (!config.apiDocs) return;
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ledelsesrum')
      .setDescription('Tværgående ledelsesgrupper: mødecyklusser / Cross-cutting leadership meeting cycles')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
}
