import { chmodSync, mkdirSync, statSync } from 'node:fs';

/**
 * Makes the data folder owner-only (0700), creating it if missing. It holds the signing secret, the per-person keys and
 * the event store, so an existing folder that other users can enter is tightened rather than merely warned about: a
 * warning scrolls past, while the owner loses nothing, and files made before (with looser modes) are shut off with it.
 * Returns what it did or could not do, for the start log; undefined when the folder was already private.
 */
export function secureDataDir(dataDir: string): string | undefined {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const mode = statSync(dataDir).mode & 0o777;
  if ((mode & 0o077) === 0) return undefined;
  const was = mode.toString(8);
  try {
    chmodSync(dataDir, 0o700);
  } catch (error) {
    return (
      `Datamappen ${dataDir} kan læses af andre brugere (${was}) og kunne ikke strammes; kør chmod 700 på den / ` +
      `The data folder ${dataDir} is open to other users (${was}) and could not be tightened; chmod 700 it ` +
      `(${(error as Error).message})`
    );
  }
  return (
    `Datamappen ${dataDir} kunne læses af andre brugere (${was}); nu kun af ejeren (700) / ` +
    `The data folder ${dataDir} was open to other users (${was}); now to its owner only (700)`
  );
}
