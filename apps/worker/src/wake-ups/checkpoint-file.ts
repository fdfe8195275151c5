import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A subscription's checkpoint in a small file: the global position of the last event whose work is done. Written to
 * a temporary file and renamed over the old one, so a crash leaves the old checkpoint or the new, never half of one.
 */
export class CheckpointFile {
  constructor(private readonly path: string) {}

  /** The stored position; 0 (from the first event) when there is none yet. */
  read(): number {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    const position = (JSON.parse(text) as { position?: unknown }).position;
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
      throw new Error(`${this.path} holds no checkpoint; delete it to start from the first event`);
    }
    return position;
  }

  write(position: number): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify({ position }), { mode: 0o600 });
    renameSync(temporary, this.path);
  }
}
