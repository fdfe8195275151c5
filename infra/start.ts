import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describeEventStoreUrl, isLoopback, loadConfig, secureDataDir, type AppConfig } from '@ledelsesrum/config';
import { describeExit, spawnWithPrefix, waitForHttp } from './processes';
import { repoRoot } from './repo-root';
import { startTemporalDevServer, type ExitStatus } from './temporal-dev-server';

type Piece = 'temporal' | 'worker' | 'api';
const PIECES: readonly string[] = ['temporal', 'worker', 'api'];

interface Running {
  name: string;
  exited: Promise<ExitStatus>;
  stop(): Promise<unknown>;
}

/** In start order; stopped in reverse, so the API goes first and Temporal last. */
const running: Running[] = [];
let stopping = false;

async function shutdown(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const piece of [...running].reverse()) await piece.stop();
  if (running.length > 0) console.log('Alt er stoppet / Everything has stopped');
  process.exit(exitCode);
}

function watch(piece: Running): void {
  running.push(piece);
  void piece.exited.then((status) => {
    if (stopping) return;
    console.error(`\n${piece.name} stoppede uventet / stopped unexpectedly (${describeExit(status)})`);
    void shutdown(1);
  });
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (arg !== undefined && !PIECES.includes(arg)) {
    console.error(`Ukendt del / Unknown piece "${arg}". Brug / Use: start.js [temporal|worker|api]`);
    process.exit(2);
  }
  const only = arg as Piece | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      console.log(`\nStopper (${signal}) / Stopping (${signal}) ...`);
      void shutdown(0);
    });
  }

  // Temporal's state, the logs and everything the worker and the API create (they inherit it) are for the owner only.
  process.umask(0o077);
  const config = loadConfig();
  const root = repoRoot();
  const tightened = secureDataDir(config.dataDir);
  if (tightened) console.warn(tightened);
  mkdirSync(join(config.dataDir, 'logs'), { recursive: true, mode: 0o700 });

  const startTemporal = async (): Promise<{ address: string; uiUrl?: string }> => {
    const server = await startTemporalDevServer({
      port: portOf(config.temporal.address),
      uiPort: config.temporal.uiPort,
      dbFile: join(config.dataDir, 'temporal.sqlite'),
      logFile: join(config.dataDir, 'logs', 'temporal.log'),
      namespace: config.temporal.namespace,
      ownProcessGroup: true,
    });
    watch({ name: 'temporal', exited: server.exited, stop: server.stop });
    return server;
  };
  const startNode = (name: 'worker' | 'api', env: NodeJS.ProcessEnv): void => {
    const script = join(root, 'dist', 'apps', name, 'src', 'main.js');
    if (!existsSync(script)) {
      throw new Error(`${script} findes ikke, kør / does not exist, run: npm run build`);
    }
    const child = spawnWithPrefix(
      name,
      process.execPath,
      ['-r', join(root, 'infra', 'register-paths.js'), script],
      env,
    );
    watch({ name, exited: child.exited, stop: () => child.stop() });
  };
  // An absolute DATA_DIR keeps every process on the same folder whatever its working directory.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: config.dataDir };

  if (only === 'temporal') {
    const server = await startTemporal();
    console.log(`Temporal kører / Temporal is running: ${server.address}`);
    if (server.uiUrl) console.log(`Temporal Web UI: ${server.uiUrl}`);
    console.log(
      `Data: ${join(config.dataDir, 'temporal.sqlite')}   Log: ${join(config.dataDir, 'logs', 'temporal.log')}`,
    );
    return;
  }
  if (only !== undefined) {
    startNode(only, env);
    return;
  }

  let address = config.temporal.address;
  let uiUrl: string | undefined;
  if (!config.temporal.external) {
    ({ address, uiUrl } = await startTemporal());
  }
  env['TEMPORAL_ADDRESS'] = address;
  startNode('worker', env);
  startNode('api', env);
  const api = `http://localhost:${config.port}/api`;
  await waitForHttp(`${api}/health`);
  console.log(
    [
      '',
      'Ledelsesrum kører / Ledelsesrum is running',
      `  Webgrænseflade / Web interface:        http://localhost:${config.port}/`,
      `  API:                                   ${api}`,
      ...(config.apiDocs ? [`  OpenAPI-dokumentation / OpenAPI docs:  ${api}/docs`] : []),
      ...(uiUrl ? [`  Temporal Web UI:                       ${uiUrl}`] : []),
      `  Temporal:                              ${address}`,
      `  Lytter på / Listening on:              ${listening(config.host)}`,
      `  Datamappe / Data folder:               ${config.dataDir}`,
      // The URL may hold a password: it is shown with the password masked.
      `  Hændelseslager / Event store:          ${config.eventStore.kind} ${describeEventStoreUrl(config.eventStore.url)}`,
      `  Personnøgler / Person keys:            ${describeLocation(config.personalDataKeys)}`,
      `  Sessioner / Web sessions:              ${describeLocation(config.sessions)}`,
      // The SMTP URL may hold a password: only say that mail goes out by SMTP.
      config.notifications.smtpUrl === undefined
        ? `  Udbakke / Outbox (.eml):               ${config.notifications.outboxDir}`
        : `  E-mail:                                SMTP (SMTP_URL)${
            config.notifications.smtpAllowPlaintext ? ', ukrypteret tilladt / plaintext allowed' : ''
          }`,
      '  Hent et token / Get a token:           npm run cli -- token --sub <person-id> --role chefgruppen',
      '  Stop med / Stop with Ctrl-C',
      '',
    ].join('\n'),
  );
}

/** The port of a host:port address (IPv6 literals in brackets allowed); 7233 when none is given. */
function portOf(address: string): number {
  const match = /:(\d+)$/.exec(address);
  return match?.[1] !== undefined ? Number(match[1]) : 7233;
}

main().catch((error: unknown) => {
  console.error(`\nStart mislykkedes / Start failed: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});

/** The API's HOST, and on loopback how to open it: the API's own log says what that then requires. */
function listening(host: string): string {
  return isLoopback(host)
    ? `${host} (kun denne maskine / this machine only; HOST=0.0.0.0 åbner / opens)`
    : `${host} (andre maskiner kan nå den / reachable from other machines)`;
}

/** Where the per-person keys or the sessions are, the password of a PostgreSQL URL masked. */
function describeLocation(location: AppConfig['personalDataKeys']): string {
  return location.kind === 'sqlite' ? `sqlite ${location.file}` : `postgres ${describeEventStoreUrl(location.url)}`;
}
