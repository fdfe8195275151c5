import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository's root, found from both infra/*.ts (tests) and dist/infra/*.js (built code). */
export function repoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'ledelsesrum'
    ) {
      return dir;
    }
    if (dirname(dir) === dir)
      throw new Error(`Fandt ikke projektets rod / Could not find the repository root from ${from}`);
  }
}
