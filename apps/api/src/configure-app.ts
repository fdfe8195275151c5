import { ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** Everything main.ts sets on the app, kept apart so the tests build the very same app. */
export function configureApp(app: NestExpressApplication): void {
  app.setGlobalPrefix('api');
  // The organisation import takes the spreadsheet's bytes as they are, to tell UTF-8 from Windows-1252.
  app.useBodyParser('raw', { type: 'text/csv', limit: '10mb' });
  // A whole organisation of a large municipality (2,500 people) is a few hundred kilobytes of JSON.
  app.useBodyParser('json', { limit: '5mb' });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // A body that is not an object (e.g. a JSON array or a string) is refused, not coerced.
      forbidUnknownValues: true,
    }),
  );
  app.enableShutdownHooks();
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
