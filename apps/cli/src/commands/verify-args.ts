import { readFileSync } from 'node:fs';
import type { ChainHead } from '@ledelsesrum/audit';

export const VERIFY_USAGE = `  verify [--head-out <fil/file>] [--head <fil/file>]
      Efterregner kontrolkæden (hash-kæden); exit 0 intakt, 1 brudt / Recomputes the hash chain; exit 0 intact,
      1 broken. --head-out gemmer kontrolkædens hoved som JSON / writes the chain head as JSON; --head tjekker et
      gemt hoved / checks a head written earlier
      (læser hændelseslageret direkte: DATA_DIR, EVENT_STORE_URL / reads the store)`;

/** A mistake in how `verify` was called, or a head file that is not one: exit code 2, with the usage. */
export class VerifyUsageError extends Error {
  readonly exitCode = 2;
  constructor(problem: string) {
    super(`${problem}\n\nBrug / Usage:\n${VERIFY_USAGE}`);
  }
}

export interface VerifyArgs {
  /** Where to write the head once the chain is found intact. */
  readonly headOut?: string;
  /** A head exported earlier, read from its file. */
  readonly head?: ChainHead;
  readonly headFile?: string;
}

/** `[--head-out FILE] [--head FILE]`, each at most once; reads and checks the head file. */
export function parseVerifyArgs(args: readonly string[]): VerifyArgs {
  const given = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i]!;
    const value = args[i + 1];
    if (flag !== '--head-out' && flag !== '--head') throw new VerifyUsageError(`Ukendt / Unknown: ${flag}`);
    if (value === undefined || value.startsWith('--')) {
      throw new VerifyUsageError(`${flag}: filen mangler / the file is missing`);
    }
    if (given.has(flag)) throw new VerifyUsageError(`${flag}: kun én gang / only once`);
    given.set(flag, value);
  }
  const headFile = given.get('--head');
  return {
    ...(given.has('--head-out') && { headOut: given.get('--head-out') }),
    ...(headFile !== undefined && { headFile, head: readHead(headFile) }),
  };
}

/** A head file as `--head-out` writes it: `{ "position": 42, "chainHash": "<64 hex>", "recordedAt": "<ISO>" }`. */
export function readHead(file: string): ChainHead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VerifyUsageError(`--head: kan ikke læse / cannot read ${file}: ${reason}`);
  }
  const head = parsed as Partial<Record<keyof ChainHead, unknown>> | null;
  if (
    typeof head !== 'object' ||
    head === null ||
    !Number.isInteger(head.position) ||
    (head.position as number) < 1 ||
    typeof head.chainHash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(head.chainHash) ||
    typeof head.recordedAt !== 'string'
  ) {
    throw new VerifyUsageError(
      `--head: ${file} er ikke et kædehoved / is not a chain head ({"position", "chainHash", "recordedAt"})`,
    );
  }
  return { position: head.position as number, chainHash: head.chainHash, recordedAt: head.recordedAt };
}
