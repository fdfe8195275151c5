import { parseArgs } from './parse-args';
import { TOKEN_USAGE, tokenCommand } from './commands/token.command';
import { ORGANISATION_COMMANDS, ORGANISATION_USAGE, organisationCommand } from './commands/organisation.commands';
import { CHANGE_COMMANDS, CHANGE_USAGE, changeCommand } from './commands/change.commands';
import { CYCLE_COMMANDS, CYCLE_USAGE, cycleCommand } from './commands/cycle.commands';
import { REPLAY_USAGE, replayCommand } from './commands/replay.command';
import { EXPORT_USAGE, exportCommand } from './commands/export.command';
import { PROJECTIONS_USAGE, projectionsCommand } from './commands/projections.command';
import { VERIFY_USAGE, verifyCommand } from './commands/verify.command';
import { MIGRATE_USAGE, migrateCommand } from './commands/migrate.command';
import { COPY_KEYS_USAGE, copyKeysCommand } from './commands/copy-keys.command';

const USAGE = `Brug / Usage: npm run cli -- <command>

  ${TOKEN_USAGE}
      Udskriver et udviklings-token / Prints a development token (HS256)
${ORGANISATION_USAGE}
${CHANGE_USAGE}
${CYCLE_USAGE}
${REPLAY_USAGE}
${EXPORT_USAGE}
${PROJECTIONS_USAGE}
${VERIFY_USAGE}
${MIGRATE_USAGE}
${COPY_KEYS_USAGE}`;

async function main(argv: readonly string[]): Promise<void> {
  const [first, ...rest] = argv;
  if (first === 'replay') {
    // Read from the store directly: the state then and a readable timeline (or JSON with --json).
    process.stdout.write(`${await replayCommand(rest)}\n`);
    return;
  }
  // `export --person <id>` is everything held about a person (an API call); without --person, the event export.
  if (first === 'export' && !rest.includes('--person')) return exportCommand(rest);
  if (first === 'verify') {
    // Reads the store directly; the verdict on stdout, exit code 0 intact / 1 broken (2: called wrongly).
    process.exitCode = await verifyCommand(rest);
    return;
  }
  if (first === 'migrate') {
    // Store to store, read and written directly; exit code 0 copied and intact / 1 not (2: called wrongly).
    process.exitCode = await migrateCommand(rest);
    return;
  }
  if (first === 'copy-keys') {
    // The per-person keys from the SQLite file to PostgreSQL; exit code 0 copied and checked / 1 not (2: wrongly).
    process.exitCode = await copyKeysCommand(rest);
    return;
  }
  if (first === 'projections') {
    process.stdout.write(`${await projectionsCommand(rest)}\n`);
    return;
  }
  // The cycle commands name their cycle as a word of its own before the flags, so they parse their own arguments.
  if (first !== undefined && CYCLE_COMMANDS.includes(first)) {
    process.stdout.write(`${JSON.stringify(await cycleCommand(first, rest), null, 2)}\n`);
    return;
  }
  const { command, flags } = parseArgs(argv);
  if (command !== undefined && [...ORGANISATION_COMMANDS, ...CHANGE_COMMANDS].includes(command)) {
    const answer = ORGANISATION_COMMANDS.includes(command)
      ? await organisationCommand(command, flags)
      : await changeCommand(command, flags);
    // The answer as JSON on stdout, so it can be saved (a proposal to edit) or piped.
    process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
    return;
  }
  switch (command) {
    case 'token': {
      const { token, warning } = await tokenCommand(flags);
      // The token alone on stdout, so `$(npm run -s cli -- token …)` still captures just the token.
      if (warning) process.stderr.write(`${warning}\n`);
      process.stdout.write(`${token}\n`);
      return;
    }
    case undefined:
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new Error(`Ukendt kommando / Unknown command: ${command}\n\n${USAGE}`);
  }
}

// What the commands create (the generated secret, a store migrated into a new SQLite file) is for its owner only.
process.umask(0o077);
main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  // A command called wrongly says so with exit code 2 (its error carries it); anything else that fails is 1.
  const exitCode = (error as { exitCode?: unknown } | undefined)?.exitCode;
  process.exit(exitCode === 2 ? 2 : 1);
});
