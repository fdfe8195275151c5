import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, postgresWithoutTlsWarning, secureDataDir } from '@ledelsesrum/config';
import { AppModule } from './app.module';
import { API_PREFIX, configureApp } from './configure-app';
import { inviteBodiesOnlyWhenAccepted } from './http/authenticate-before-body';
import { limitConnections } from './http/connection-limits';
import { stopGracefully } from './http/graceful-shutdown';
import { routerRoutes } from './http/router-routes';
import { startNotices } from './start-notices';

async function bootstrap(): Promise<void> {
  // Everything this process creates (event store, key store, the generated secret) is for its owner only.
  process.umask(0o077);
  const config = loadConfig();
  const logger = new Logger('api');
  const tightened = secureDataDir(config.dataDir);
  if (tightened) logger.warn(tightened);
  // The body parsers are configureApp's, per route: Nest's own would read every body before anyone is checked.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false });
  const routes = configureApp(app);
  await app.init();
  routes.bind(routerRoutes(app.getHttpAdapter().getInstance()), API_PREFIX);
  const server = app.getHttpServer();
  limitConnections(server, config.http);
  inviteBodiesOnlyWhenAccepted(server);
  stopGracefully(app, server, { drainMs: config.http.shutdownDrainMs, logger });
  await app.listen(config.port, config.host);
  logger.log(`API klar / API ready: http://localhost:${config.port}/api`);
  for (const notice of startNotices(config)) logger[notice.level](notice.text);
  // Says which tokens this process accepts, so a refused dev token or provider token is explained by the log.
  const provider = config.oidc ? `OIDC ${config.oidc.issuer}` : 'ingen OIDC / no OIDC';
  const dev = config.devTokens ? 'til / on' : 'fra / off';
  logger.log(`Log ind / Sign-in: ${provider}; udviklings-tokens / development tokens: ${dev}`);
  // Unset, both come from the secret generated into DATA_DIR: replicas with data folders of their own would then
  // refuse each other's sessions and confirmation links. Fine for one machine, worth a word in production.
  const unsharedSecrets = (['SESSION_SECRET', 'CONFIRM_LINK_SECRET'] as const).filter((name) =>
    name === 'SESSION_SECRET' ? config.sessionSecret === undefined : config.confirmLinkSecret === undefined,
  );
  if (!config.devTokens && unsharedSecrets.length > 0) {
    logger.warn(
      `${unsharedSecrets.join(' og / and ')} er ikke sat: hemmeligheden i datamappen bruges, så replikaer skal dele ` +
        `den mappe / ${unsharedSecrets.join(', ')} not set: the secret in the data folder is used, so replicas must ` +
        `share that folder`,
    );
  }
  if (config.postgresWithoutTls.length > 0) logger.warn(postgresWithoutTlsWarning(config.postgresWithoutTls));
}

bootstrap().catch((error: unknown) => {
  console.error('API’et kunne ikke starte / The API could not start:', error);
  process.exit(1);
});
