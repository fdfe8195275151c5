import type { OpenAPIObject, ParameterObject, SchemaObject } from '@nestjs/swagger';
import { described, runBuilt } from '../support/api-description';

jest.setTimeout(120_000);

/** One rule class-validator checks on a property of a request class, as the built API registers it. */
interface Rule {
  readonly className: string;
  /** The schema's name, where the class gives it one of its own (@ApiSchema). */
  readonly schemaName?: string;
  readonly property: string;
  /** The validator's name (matches, maxLength, isEnum, …), or `presence` for Omittable / Nullable. */
  readonly name: string;
  readonly constraints: readonly unknown[];
  /** Checked on each item of a list. */
  readonly each: boolean;
}

/**
 * Loads the built API (every controller and so every request class) and lists class-validator's metadata, but for
 * the web interface's forms. A regular expression is given as its source; Omittable / Nullable by whether they let
 * `null` through.
 */
function registeredRules(): Rule[] {
  const script = `
    require('reflect-metadata');
    require('./dist/apps/api/src/app.module.js');
    const storage = require('class-validator').getMetadataStorage();
    const fileOf = new Map();
    for (const loaded of Object.values(require.cache)) {
      for (const value of Object.values(loaded.exports ?? {})) if (typeof value === 'function') fileOf.set(value, loaded.id);
    }
    const rules = [];
    for (const [target, metadatas] of storage.validationMetadatas) {
      // The web interface's forms are no part of the API's description.
      if (/[\\/]libs[\\/]web-ui[\\/]/.test(fileOf.get(target) ?? '')) continue;
      for (const m of metadatas) {
        const conditional = m.type === 'conditionalValidation';
        const name = conditional ? 'presence' : m.name ?? m.type;
        const constraints = conditional
          ? [m.constraints[0]({}, null) ? 'omittable' : 'nullable']
          : (m.constraints ?? []).map((c) => (c instanceof RegExp ? c.source : c));
        rules.push({
          className: target.name,
          schemaName: Reflect.getMetadata('swagger/apiSchema', target)?.name,
          property: m.propertyName,
          name,
          constraints,
          each: Boolean(m.each),
        });
      }
    }
    process.stdout.write(JSON.stringify(rules));`;
  return JSON.parse(runBuilt(['-e', script])) as Rule[];
}

/** The schema of a property: in its class's schema, or as a query parameter (a query class has no schema). */
function schemasOf(document: OpenAPIObject, rule: Rule): { schema: SchemaObject; required: boolean }[] {
  const owner = document.components?.schemas?.[rule.schemaName ?? rule.className] as SchemaObject | undefined;
  if (owner?.properties) {
    const schema = owner.properties[rule.property] as SchemaObject | undefined;
    return schema ? [{ schema, required: owner.required?.includes(rule.property) ?? false }] : [];
  }
  return Object.values(document.paths)
    .flatMap((item) =>
      Object.values(item).flatMap((operation) => (operation as { parameters?: unknown[] }).parameters ?? []),
    )
    .filter((parameter): parameter is ParameterObject => (parameter as ParameterObject).in === 'query')
    .filter((parameter) => parameter.name === rule.property)
    .map((parameter) => ({ schema: parameter.schema as SchemaObject, required: parameter.required ?? false }));
}

/** What the description must say of a rule, or undefined where the rule has no counterpart in OpenAPI. */
function stated(rule: Rule): ((schema: SchemaObject, required: boolean) => boolean) | undefined {
  const [first, second] = rule.constraints;
  const item = (schema: SchemaObject): SchemaObject => (rule.each ? ((schema.items ?? {}) as SchemaObject) : schema);
  const sameSet = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
    a !== undefined && a.length === b.length && b.every((value) => a.includes(value));
  switch (rule.name) {
    case 'presence':
      return (schema, required) => !required && (schema.nullable === true) === (first === 'nullable');
    case 'isDefined':
      return (_schema, required) => required;
    case 'matches':
      return (schema) => item(schema).pattern === first;
    case 'minLength':
      return (schema) => item(schema).minLength === first;
    case 'maxLength':
      return (schema) => item(schema).maxLength === first;
    case 'length':
      return (schema) => item(schema).minLength === first && item(schema).maxLength === second;
    case 'min':
      return (schema) => item(schema).minimum === first;
    case 'max':
      return (schema) => item(schema).maximum === first;
    case 'isIn':
      return (schema) => sameSet(item(schema).enum, first as unknown[]);
    case 'isEnum':
      return (schema) => sameSet(item(schema).enum, Object.values(first as object));
    case 'arrayMinSize':
      return (schema) => schema.minItems === first;
    case 'arrayMaxSize':
      return (schema) => schema.maxItems === first;
    case 'isInt':
      return (schema) => item(schema).type === 'integer';
    case 'isEmail':
      return (schema) => item(schema).format === 'email';
    case 'isCalendarDate':
      return (schema) => item(schema).format === 'date';
    case 'isISO8601':
    case 'isDateString':
      return (schema) => ['date', 'date-time'].includes(item(schema).format ?? '');
    default:
      return undefined;
  }
}

describe('every rule a request class checks is stated in the description', () => {
  it('states pattern, lengths, bounds, enum, format, required and nullable as the validator checks them', () => {
    const document = described();
    const rules = registeredRules();
    // A property with no presence rule must be given: required in the description.
    const present = new Set(
      rules.filter((rule) => rule.name === 'presence').map((r) => `${r.className}.${r.property}`),
    );
    const checks = [
      ...rules,
      ...[...new Set(rules.map((rule) => `${rule.className}.${rule.property}`))]
        .filter((key) => !present.has(key))
        .map((key) => ({ ...rules.find((rule) => `${rule.className}.${rule.property}` === key)!, name: 'isDefined' })),
    ];
    const drift = checks.flatMap((rule) => {
      const check = stated(rule);
      if (!check) return [];
      const where = `${rule.className}.${rule.property} ${rule.name}${rule.each ? ' (each)' : ''}`;
      const schemas = schemasOf(document, rule);
      if (schemas.length === 0) return [`${where}: not described`];
      return schemas.every(({ schema, required }) => check(schema, required))
        ? []
        : [`${where} ${JSON.stringify(rule.constraints)}: ${JSON.stringify(schemas)}`];
    });
    expect(drift).toEqual([]);
  });
});
