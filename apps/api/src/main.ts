import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@ledelsesrum/config';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: true });
  configureApp(app);
  await app.listen(config.port);
  new Logger('api').log(`API klar / API ready: http://localhost:${config.port}/api`);
}

bootstrap().catch((error: unknown) => {
  console.error('API’et kunne ikke starte / The API could not start:', error);
  process.exit(1);
});
