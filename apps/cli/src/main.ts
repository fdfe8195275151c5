import { parseArgs } from './parse-args';
import { TOKEN_USAGE, tokenCommand } from './commands/token.command';

const USAGE = `Brug / Usage: npm run cli -- <command>

  ${TOKEN_USAGE}
      Udskriver et udviklings-token / Prints a development token (HS256)`;

async function main(argv: readonly string[]): Promise<void> {
  const { command, flags } = parseArgs(argv);
  switch (command) {
    case 'token':
      process.stdout.write(`${await tokenCommand(flags)}\n`);
      return;
    case undefined:
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new Error(`Ukendt kommando / Unknown command: ${command}\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
