import fc from 'fast-check';
import { isDomainError } from '../shared/domain-error';

/**
 * Commands as a careless or hostile client might send them: well-formed ones, the same with one value anywhere in
 * them (a field, a list item, a nested field) replaced by any JSON-like value, and any value at all as a field.
 */
export function hostileCommands<C>(wellFormed: fc.Arbitrary<C>): fc.Arbitrary<C> {
  const replaced = fc
    .tuple(wellFormed, fc.nat(), fc.oneof(fc.constant(null), fc.constant(''), fc.anything()))
    .map(([command, pick, value]) => {
      const paths = leafPaths(command).filter((path) => path.length > 0 && path[0] !== 'type');
      return paths.length === 0 ? command : replacedAt(command, paths[pick % paths.length]!, value);
    });
  const extra = fc
    .tuple(wellFormed, fc.string({ maxLength: 12 }), fc.anything())
    .map(([command, key, value]) => ({ ...command, [key === 'type' ? 'x' : key]: value }) as C);
  return fc.oneof(
    { arbitrary: wellFormed, weight: 2 },
    { arbitrary: replaced, weight: 5 },
    { arbitrary: extra, weight: 1 },
  );
}

/** The outcome of deciding: the events, or the refusal; anything but a DomainError fails the property. */
export function decided<E>(decide: () => E[]): E[] | undefined {
  try {
    return decide();
  } catch (error) {
    if (isDomainError(error)) return undefined;
    throw error;
  }
}

type Path = readonly (string | number)[];

/** Every path into a JSON-like value, the value itself included (the empty path). */
function leafPaths(value: unknown, path: Path = []): Path[] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => leafPaths(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]))];
  }
  return here;
}

function replacedAt<T>(value: T, path: Path, replacement: unknown): T {
  if (path.length === 0) return replacement as T;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === head ? replacedAt(item, rest, replacement) : item)) as T;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: replacedAt(record[head as string], rest, replacement) } as T;
}
