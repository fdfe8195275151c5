import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { repoRoot } from './repo-root';

/** Where `npm run build` puts the prebuilt workflow bundle that production workers load. */
export function defaultWorkflowBundlePath(): string {
  return join(repoRoot(), 'dist', 'workflow-bundle.js');
}

/**
 * Bundles the workflow code from source, resolving the @ledelsesrum/* aliases the same way TypeScript does.
 * Only workflows/ and what it imports end up in the bundle; Temporal's bundler rejects Node built-ins.
 */
export async function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  const root = repoRoot();
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const alias = Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([name, [target]]) => [name, join(root, target as string)]),
  );
  return bundleWorkflowCode({
    workflowsPath: join(root, 'workflows', 'src', 'index.ts'),
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, alias: { ...config.resolve?.alias, ...alias } },
    }),
    logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
  });
}

async function main(): Promise<void> {
  const target = process.argv[2] ?? defaultWorkflowBundlePath();
  const { code } = await bundleWorkflows();
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, code);
  console.log(`Workflow-bundt skrevet / Workflow bundle written: ${target}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
