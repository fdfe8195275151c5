import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { API_PREFIX, prefixApiRoutes, routeTableOf } from './configure-app';
import { describeApi } from './http/api-description';

/**
 * Writes the API's description to the file named (or to stdout), as the server serves it at /api/docs-json: the same
 * module and the same completion, in Nest's preview mode, which reads the decorators without creating a provider, so
 * neither a store nor Temporal is needed. `npm run api:describe` runs it.
 */
async function main(file: string | undefined): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { preview: true, logger: false });
  prefixApiRoutes(app);
  const text = `${JSON.stringify(describeApi(app, routeTableOf(app), API_PREFIX), null, 2)}\n`;
  if (file) writeFileSync(file, text);
  else process.stdout.write(text);
}

main(process.argv[2]).catch((error: unknown) => {
  console.error('Beskrivelsen kunne ikke laves / The description could not be made:', error);
  process.exit(1);
});
