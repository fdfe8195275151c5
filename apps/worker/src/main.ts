import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { WorkerModule } from './worker.module';

/** The worker is a Nest application context (no HTTP): it hosts the Temporal worker and its activities. */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule);
  // SIGINT/SIGTERM run onApplicationShutdown, which lets running activities finish before the process exits.
  app.enableShutdownHooks();
}

bootstrap().catch((error: unknown) => {
  console.error('Workeren kunne ikke starte / The worker could not start:', error);
  process.exit(1);
});
