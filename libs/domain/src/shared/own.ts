/**
 * Reads a record by a caller-supplied key without reaching Object.prototype: an id such as "constructor" must
 * read as absent, not as a built-in function.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
