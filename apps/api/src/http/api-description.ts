import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import type {
  HeaderObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  ApiErrorDto,
  documented,
  SANE_REQUEST_ID,
  statusDescription,
  type DocumentedErrorStatus,
} from '@ledelsesrum/api/common';
import type { RouteTable } from './route-table';

/** The name of the bearer token's security scheme (DocumentBuilder's default for addBearerAuth). */
const BEARER = 'bearer';

const REQUEST_ID = 'X-Request-Id';
const RETRY_AFTER = 'Retry-After';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The API's OpenAPI description, as the server serves it at /api/docs-json and `npm run api:describe` writes it:
 * what the controllers declare, completed from each route's own metadata with what every route shares.
 */
export function describeApi(app: INestApplication, routes: RouteTable, prefix: string): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ledelsesrum')
      .setDescription(documented('api.docs.app.description'))
      .addBearerAuth()
      .build(),
    { extraModels: [ApiErrorDto] },
  );
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const policy = routes.declaredPolicy(method, routePathOf(path, prefix));
      if (!policy) throw new Error(`${method.toUpperCase()} ${path}: ingen rute / no route declares it`);
      completeOperation(operation, policy.isPublic);
    }
  }
  const components = (document.components ??= {});
  components.parameters = { ...components.parameters, [REQUEST_ID]: REQUEST_ID_PARAMETER };
  components.headers = { ...components.headers, ...SHARED_HEADERS };
  for (const schema of Object.values(components.schemas ?? {})) closeObjects(schema);
  return document;
}

/** `/api/people/{id}` as its controller declares it: `/people/:id`. */
function routePathOf(documented: string, prefix: string): string {
  const path = documented.replace(new RegExp(`^/${prefix}(?=/|$)`), '').replace(/\{([^}]+)\}/g, ':$1');
  return path === '' ? '/' : path;
}

/**
 * What every route shares: a refused request (400), a caller who is not signed in or may not (401, 403, unless the
 * route is public), a body too large or of another type (413, 415, where the route takes one), a rate limit (429:
 * every route is under one, see rate-limits.ts), a store or sign-in provider unavailable (503); the request id on
 * every answer. What the controller declared is kept.
 */
function completeOperation(operation: OperationObject, isPublic: boolean): void {
  const statuses: DocumentedErrorStatus[] = [400];
  if (!isPublic) statuses.push(401, 403);
  if (operation.requestBody) statuses.push(413, 415);
  statuses.push(429, 503);
  for (const status of statuses) operation.responses[status] ??= errorAnswer(status);
  for (const [status, answer] of Object.entries(operation.responses)) {
    if (!answer || '$ref' in answer) continue;
    answer.headers = { ...answerHeaders(Number(status)), ...answer.headers };
    for (const content of Object.values(answer.content ?? {})) if (content.schema) closeObjects(content.schema);
  }
  if (operation.requestBody && !('$ref' in operation.requestBody)) {
    for (const content of Object.values(operation.requestBody.content))
      if (content.schema) closeObjects(content.schema);
  }
  operation.parameters = [...(operation.parameters ?? []), { $ref: `#/components/parameters/${REQUEST_ID}` }];
  if (isPublic) delete operation.security;
  else operation.security = [{ [BEARER]: [] }];
}

function errorAnswer(status: DocumentedErrorStatus): ResponseObject {
  return {
    description: statusDescription(status),
    content: { 'application/json': { schema: { $ref: getSchemaPath(ApiErrorDto) } } },
  };
}

/**
 * The caller's own request id is taken when it is sane and replaced otherwise, never refused: so the description
 * states its format in words, not as a pattern a client would have to be refused for.
 */
const REQUEST_ID_PARAMETER: ParameterObject = {
  name: REQUEST_ID,
  in: 'header',
  required: false,
  description: documented('api.docs.header.request-id'),
  schema: { type: 'string' },
};

const SHARED_HEADERS: Record<string, HeaderObject> = {
  [REQUEST_ID]: {
    description: documented('api.docs.header.request-id-answer'),
    required: true,
    schema: { type: 'string', pattern: SANE_REQUEST_ID.source },
  },
  [RETRY_AFTER]: {
    description: documented('api.docs.header.retry-after'),
    schema: { type: 'integer', minimum: 0 },
  },
};

/** The request id on every answer; how long to wait on a refusal that will pass (429, 503). */
function answerHeaders(status: number): Record<string, ReferenceObject> {
  const names = status === 429 || status === 503 ? [REQUEST_ID, RETRY_AFTER] : [REQUEST_ID];
  return Object.fromEntries(names.map((name) => [name, { $ref: `#/components/headers/${name}` }]));
}

/**
 * Every object schema that lists its properties admits no others (request bodies refuse unknown fields; answers are
 * declared field for field), unless it says otherwise itself.
 */
function closeObjects(schema: SchemaObject | ReferenceObject): void {
  if ('$ref' in schema) return;
  if (schema.properties) {
    schema.additionalProperties ??= false;
    for (const property of Object.values(schema.properties)) closeObjects(property);
  }
  if (schema.items) closeObjects(schema.items);
  if (typeof schema.additionalProperties === 'object') closeObjects(schema.additionalProperties);
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) closeObjects(part);
}
