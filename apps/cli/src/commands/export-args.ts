import {
  EXPORT_FORMATS,
  parseInstant,
  selectionProblem,
  type ExportFormat,
  type ExportSelection,
} from '@ledelsesrum/audit';
import { bothLanguages, message } from '@ledelsesrum/messages';

export const EXPORT_USAGE = `  export [--format jsonl|csv] [--stream organisation|cycle-<id>] [--from <ISO>] [--to <ISO>] [--out <fil/file>]
      Hændelserne med hashes, som en tekstfil med én hændelse pr. linje (JSON Lines, standard) eller CSV; --from
      medtages, --to ikke / The events with their hashes, as JSON Lines (default) or CSV; --from included, --to not.
      Til stdout uden --out / To stdout without --out
      (læser hændelseslageret direkte: DATA_DIR, EVENT_STORE_URL / reads the event store directly)`;

/** A mistake in how `export` was called: exit code 2, with the usage. */
export class ExportUsageError extends Error {
  readonly exitCode = 2;
  constructor(problem: string) {
    super(`${problem}\n\nBrug / Usage:\n${EXPORT_USAGE}`);
  }
}

export interface ExportArgs extends ExportSelection {
  readonly format: ExportFormat;
  /** Undefined: stdout. */
  readonly out?: string;
}

const FLAGS = ['format', 'stream', 'from', 'to', 'out'] as const;
type Flag = (typeof FLAGS)[number];

/** `--name value` pairs, each flag at most once; any mistake is an ExportUsageError. */
export function parseExportArgs(args: readonly string[]): ExportArgs {
  const given = new Map<Flag, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i]!.replace(/^--/, '') as Flag;
    const value = args[i + 1];
    if (!args[i]!.startsWith('--') || !FLAGS.includes(name)) throw new ExportUsageError(`Ukendt / Unknown: ${args[i]}`);
    if (value === undefined || value.startsWith('--')) {
      throw new ExportUsageError(`--${name}: værdien mangler / the value is missing`);
    }
    if (given.has(name)) throw new ExportUsageError(`--${name}: kun én gang / only once`);
    given.set(name, value);
  }
  const format = given.get('format') ?? 'jsonl';
  if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new ExportUsageError(`--format: jsonl eller/or csv (fik / got ${format})`);
  }
  const instant = (name: 'from' | 'to'): Date | undefined => {
    const text = given.get(name);
    if (text === undefined) return undefined;
    const at = parseInstant(text);
    if (!at)
      throw new ExportUsageError(
        `--${name}: ${bothLanguages(message('api.field.instant-with-zone'))} (fik / got ${text})`,
      );
    return at;
  };
  const selection: ExportSelection = {
    ...(given.has('stream') ? { stream: given.get('stream') } : {}),
    ...(given.has('from') ? { from: instant('from') } : {}),
    ...(given.has('to') ? { to: instant('to') } : {}),
  };
  const problem = selectionProblem(selection);
  if (problem) throw new ExportUsageError(problem);
  return { format: format as ExportFormat, ...selection, ...(given.has('out') ? { out: given.get('out') } : {}) };
}
