import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The prebuilt workflow bundle (`npm run build`), or WORKFLOW_BUNDLE_PATH when set. */
export function workflowBundlePath(env: NodeJS.ProcessEnv = process.env): string {
  // Compiled to dist/apps/worker/src/, so dist/ is three folders up.
  const path = env['WORKFLOW_BUNDLE_PATH'] ?? resolve(join(__dirname, '..', '..', '..', 'workflow-bundle.js'));
  if (!existsSync(path)) {
    throw new Error(`Workflow-bundtet mangler / The workflow bundle is missing: ${path}. Kør / Run: npm run build`);
  }
  return path;
}
