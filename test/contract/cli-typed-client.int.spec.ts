import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { repoRoot } from '../../infra/repo-root';
import { DESCRIPTION_FILE, generateTypes } from '../support/api-description';

jest.setTimeout(300_000);

const root = repoRoot();

/**
 * Type-checks the CLI against a client generated from `document`: the client library is copied into a folder of its
 * own with types generated from the document, and the import alias pointed at it. Returns the compiler's output.
 */
function typeCheckCli(folder: string, document: OpenAPIObject): { ok: boolean; output: string } {
  const description = join(folder, 'openapi.json');
  writeFileSync(description, JSON.stringify(document));
  generateTypes(description, join(folder, 'openapi.d.ts'));
  copyFileSync(join(root, 'libs', 'api-client', 'src', 'index.ts'), join(folder, 'index.ts'));
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  const paths = Object.fromEntries(
    Object.entries(base.compilerOptions.paths).map(([alias, targets]) => [
      alias,
      alias === '@ledelsesrum/api-client' ? [join(folder, 'index')] : targets.map((target) => resolve(root, target)),
    ]),
  );
  const config = join(folder, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.json'),
      compilerOptions: { paths, noEmit: true, typeRoots: [join(root, 'node_modules', '@types')] },
      include: [],
      files: [join(root, 'apps', 'cli', 'src', 'main.ts')],
    }),
  );
  try {
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout) };
  }
}

/** The description with one property of a schema renamed. */
function renamed(document: OpenAPIObject, schemaName: string, from: string, to: string): OpenAPIObject {
  const copy = structuredClone(document);
  const schema = copy.components!.schemas![schemaName] as SchemaObject;
  schema.properties = Object.fromEntries(
    Object.entries(schema.properties!).map(([name, property]) => [name === from ? to : name, property]),
  );
  schema.required = schema.required?.map((name) => (name === from ? to : name));
  return copy;
}

describe('the CLI is a typed client of the description', () => {
  let folder: string;
  let document: OpenAPIObject;

  beforeEach(() => {
    // Inside the checkout (dist/ is the build's), so the client's own imports resolve from node_modules.
    folder = mkdtempSync(join(root, 'dist', 'cli-types-'));
    document = JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as OpenAPIObject;
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('type-checks clean against the description as it is', () => {
    expect(typeCheckCli(folder, document)).toEqual({ ok: true, output: '' });
  });

  it('fails to compile when a field it sends or one it reads is renamed in the description', () => {
    const sent = renamed(document, 'AreaDto', 'name', 'title');
    const read = renamed(sent, 'ApiError', 'code', 'errorCode');

    const { ok, output } = typeCheckCli(folder, read);

    expect(ok).toBe(false);
    expect(output).toMatch(/change\.commands\.ts.*'name'/);
    expect(output).toMatch(/api-client\.ts.*'code'/);
  });
});
