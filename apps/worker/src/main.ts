import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, postgresWithoutTlsWarning, secureDataDir, type AppConfig } from '@ledelsesrum/config';
import { APP_CONFIG } from './tokens';
import { WorkerModule } from './worker.module';

/** The worker is a Nest application context (no HTTP): it hosts the Temporal worker and its activities. */
async function bootstrap(): Promise<void> {
  // Everything this process creates (event store, key store, checkpoint, outbox, secret) is for its owner only.
  process.umask(0o077);
  const tightened = secureDataDir(loadConfig().dataDir);
  if (tightened) new Logger('worker').warn(tightened);
  const app = await NestFactory.createApplicationContext(WorkerModule);
  // SIGINT/SIGTERM run onApplicationShutdown, which lets running activities finish before the process exits.
  app.enableShutdownHooks();
  const { postgresWithoutTls } = app.get<AppConfig>(APP_CONFIG);
  if (postgresWithoutTls.length > 0) new Logger('worker').warn(postgresWithoutTlsWarning(postgresWithoutTls));
}

bootstrap().catch((error: unknown) => {
  console.error('Workeren kunne ikke starte / The worker could not start:', error);
  process.exit(1);
});
