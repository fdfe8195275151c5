import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { repoRoot } from '../../infra/repo-root';

/** Where the description is committed, and the types generated from it. */
export const DESCRIPTION_FILE = join(repoRoot(), 'libs', 'api-client', 'openapi.json');
export const TYPES_FILE = join(repoRoot(), 'libs', 'api-client', 'src', 'openapi.d.ts');

/** Runs JavaScript in a Node process over the built code (dist/), with the project's import aliases. */
export function runBuilt(args: readonly string[], input?: string): string {
  const root = repoRoot();
  return execFileSync(process.execPath, ['-r', join(root, 'infra', 'register-paths.js'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** The description as the built code makes it (the text `npm run api:describe` writes). */
export function describedText(): string {
  return runBuilt([join(repoRoot(), 'dist', 'apps', 'api', 'src', 'describe-api.js')]);
}

export function described(): OpenAPIObject {
  return JSON.parse(describedText()) as OpenAPIObject;
}

/** Writes the TypeScript types of a description with openapi-typescript, as `npm run api:describe` does. */
export function generateTypes(descriptionFile: string, typesFile: string): void {
  const cli = join(repoRoot(), 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
  // A default value makes no field required of a request (the flag package.json's api:describe passes too).
  execFileSync(process.execPath, [cli, descriptionFile, '--default-non-nullable', 'false', '--output', typesFile], {
    stdio: 'pipe',
  });
}
