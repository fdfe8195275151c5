import { parseInstant } from '@ledelsesrum/audit';
import type { ReplayPoint } from '@ledelsesrum/projections';

export const REPLAY_USAGE = `  replay <møderunde-id/meeting-round-id> [--at <ISO-tid/time> | --revision <n>] [--json]
      Møderunden som den var dengang, og tidslinjen indtil da / The meeting round then, and its timeline up to then
  replay organisation [--at <ISO-tid/time> | --revision <n>] [--json]
      Organisationen dengang, personer som id'er / The organisation then, people as ids
      (læser hændelseslageret direkte: DATA_DIR, EVENT_STORE_URL / reads the event store directly)`;

/** A mistake in how the command was called: exit code 2, with the usage. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(problem: string) {
    super(`${problem}\n\nBrug / Usage:\n${REPLAY_USAGE}`);
  }
}

export interface ReplayArgs {
  /** A cycle id, or `organisation`. */
  readonly target: string;
  /** Undefined: as the stream is now. */
  readonly until?: ReplayPoint;
  readonly json: boolean;
}

/** `<target> [--at <instant> | --revision <n>] [--json]`; any mistake is a UsageError. */
export function parseReplayArgs(args: readonly string[]): ReplayArgs {
  const [target, ...rest] = args;
  if (target === undefined || target.startsWith('--')) {
    throw new UsageError(
      'replay: møderundens id eller "organisation" mangler / the meeting round\'s id or "organisation" is missing',
    );
  }
  let json = false;
  let until: ReplayPoint | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const flag = rest[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (flag !== '--at' && flag !== '--revision') throw new UsageError(`Ukendt / Unknown: ${flag}`);
    if (until !== undefined) throw new UsageError('Angiv enten --at eller --revision / Give either --at or --revision');
    const value = rest[i + 1];
    i += 1;
    until = flag === '--at' ? { at: instant(value) } : { revision: revision(value) };
  }
  return { target, json, ...(until === undefined ? {} : { until }) };
}

function instant(value: string | undefined): Date {
  // The export's reading of an instant: an offset is required, and an impossible date such as 02-30 is refused.
  const at = value === undefined ? undefined : parseInstant(value);
  if (at === undefined) {
    throw new UsageError(
      `--at: et tidspunkt med tidszone, fx 2027-03-11T10:15:02+01:00 / a time with its offset, e.g. 2027-03-11T09:15:02Z (fik / got ${value ?? 'intet / nothing'})`,
    );
  }
  return at;
}

function revision(value: string | undefined): number {
  if (value === undefined || !/^\d{1,15}$/.test(value)) {
    throw new UsageError(
      `--revision: et helt tal fra 0 / a whole number from 0 (fik / got ${value ?? 'intet / nothing'})`,
    );
  }
  return Number(value);
}
