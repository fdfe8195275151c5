import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import {
  DESCRIPTION_FILE,
  described,
  describedText,
  generateTypes,
  runBuilt,
  TYPES_FILE,
} from '../support/api-description';

jest.setTimeout(120_000);

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  readonly name: string;
  readonly operation: OperationObject;
}

function operationsOf(document: OpenAPIObject): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ name: `${method.toUpperCase()} ${path}`, operation }] : [];
    }),
  );
}

/** What a maintained validator of OpenAPI 3.0 says of the document (it is an ES module: run in a process of its own). */
function validated(document: OpenAPIObject): { valid: boolean; errors?: unknown } {
  const script = `
    import { Validator } from '@seriousme/openapi-schema-validator';
    import { readFileSync } from 'node:fs';
    const result = await new Validator().validate(JSON.parse(readFileSync(0, 'utf8')));
    process.stdout.write(JSON.stringify(result));`;
  return JSON.parse(runBuilt(['--input-type=module', '-e', script], JSON.stringify(document))) as {
    valid: boolean;
    errors?: unknown;
  };
}

describe('the API’s description', () => {
  let document: OpenAPIObject;
  let operations: Operation[];

  beforeAll(() => {
    document = described();
    operations = operationsOf(document);
  });

  it('is a valid OpenAPI document', () => {
    expect(validated(document)).toEqual({ valid: true });
  });

  it('is what the validator refuses when it is broken (the check is real)', () => {
    const broken = { ...document, paths: { '/api/x': { get: { responses: { 200: { content: 'nothing' } } } } } };
    expect(validated(broken as unknown as OpenAPIObject).valid).toBe(false);
  });

  it('is committed as the code makes it (else run npm run api:describe)', () => {
    const committed = readFileSync(DESCRIPTION_FILE, 'utf8');
    expect({ file: DESCRIPTION_FILE, upToDate: committed === describedText() }).toEqual({
      file: DESCRIPTION_FILE,
      upToDate: true,
    });
  });

  it('has its committed types generated from it (else run npm run api:describe)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'api-types-'));
    try {
      generateTypes(DESCRIPTION_FILE, join(folder, 'openapi.d.ts'));
      const upToDate = readFileSync(join(folder, 'openapi.d.ts'), 'utf8') === readFileSync(TYPES_FILE, 'utf8');
      expect({ file: TYPES_FILE, upToDate }).toEqual({ file: TYPES_FILE, upToDate: true });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('names every operation in camelCase, once', () => {
    const unnamed = operations
      .filter(({ operation }) => !/^[a-z][A-Za-z0-9]*$/.test(operation.operationId ?? ''))
      .map(({ name, operation }) => `${name}: ${operation.operationId}`);
    expect(unnamed).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('states every operation’s success answer, with a schema or a content type that is not JSON', () => {
    const unstated = operations.flatMap(({ name, operation }) => {
      const successes = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      const stated = successes.some(([status, answer]) => {
        const content = (answer as ResponseObject).content ?? {};
        if (status === '204') return true;
        return Object.entries(content).some(([type, media]) => media.schema !== undefined || !type.includes('json'));
      });
      return stated ? [] : [name];
    });
    expect(unstated).toEqual([]);
  });

  it('gives every operation the error answers every route shares, with the one error body', () => {
    const missing = operations.flatMap(({ name, operation }) => {
      const isPublic = operation.security === undefined;
      const shared = [400, 429, 503, ...(isPublic ? [] : [401, 403]), ...(operation.requestBody ? [413, 415] : [])];
      return shared
        .filter((status) => {
          const answer = operation.responses[status] as ResponseObject | undefined;
          return answer?.content?.['application/json']?.schema === undefined;
        })
        .map((status) => `${name} ${status}`);
    });
    expect(missing).toEqual([]);
    expect(document.components?.schemas?.['ApiError']).toMatchObject({
      required: expect.arrayContaining(['statusCode', 'code', 'message', 'details']),
    });
  });

  it('asks for the bearer token on every operation but the public ones, which say so', () => {
    const security = Object.fromEntries(operations.map(({ name, operation }) => [name, operation.security]));
    expect(security['GET /api/health']).toBeUndefined();
    expect(security['POST /api/confirm/{token}']).toBeUndefined();
    expect(security['PATCH /api/people/{id}']).toEqual([{ bearer: [] }]);
    expect(document.components?.securitySchemes?.['bearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('states the request id on every answer, and Retry-After on 429 and 503', () => {
    const { operation } = operations.find(({ name }) => name === 'POST /api/cycles')!;
    expect(operation.responses[200] ?? operation.responses[201]).toMatchObject({
      headers: { 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' } },
    });
    expect(operation.responses[429]).toMatchObject({
      headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
    });
    expect(operation.parameters).toContainEqual({ $ref: '#/components/parameters/X-Request-Id' });
  });

  it('admits no undeclared property in any object schema that lists its properties', () => {
    const open = Object.entries(document.components?.schemas ?? {})
      .filter(([, schema]) => 'properties' in schema && schema.additionalProperties === undefined)
      .map(([name]) => name);
    expect(open).toEqual([]);
    expect(document.components?.schemas?.['ChangePersonDto']).toMatchObject({ additionalProperties: false });
  });
});
