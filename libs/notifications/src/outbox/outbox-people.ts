import { open } from 'node:fs/promises';

/**
 * The header that marks an outbox file with the ids of the people it goes to or names. Ids, never names or
 * addresses: erasure finds a person's files by it without anything personal outside the files themselves.
 */
const PEOPLE_HEADER = 'X-Ledelsesrum-People';

/** Enough of a file to hold its headers: the marker is among them, before the body. */
const HEADER_BYTES = 16_384;

export function peopleHeader(personIds: readonly string[] | undefined): Record<string, string> {
  return personIds && personIds.length > 0 ? { [PEOPLE_HEADER]: [...new Set(personIds)].join(' ') } : {};
}

/** The person ids an outbox file is marked with (none for a file written before files were marked). */
export async function peopleOf(file: string): Promise<string[]> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8').split('\r\n\r\n')[0] ?? '';
    // A long header is folded over several lines: unfold before reading it.
    const line = head
      .replace(/\r\n[ \t]+/g, ' ')
      .split('\r\n')
      .find((candidate) => candidate.toLowerCase().startsWith(`${PEOPLE_HEADER.toLowerCase()}:`));
    return line
      ? line
          .slice(PEOPLE_HEADER.length + 1)
          .trim()
          .split(/\s+/)
      : [];
  } finally {
    await handle.close();
  }
}
