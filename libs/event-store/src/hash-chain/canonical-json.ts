/**
 * The canonical form the hash chain is computed over: JSON with every object's keys sorted by UTF-16 code units (at
 * every depth), no whitespace, and strings and numbers written as `JSON.stringify` writes them. For the values this
 * system stores (JSON read back from the store) this is RFC 8785 (JCS), so an auditor can use any JCS library.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Canonical JSON has no ${value}`);
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      return Array.isArray(value) ? canonicalArray(value) : canonicalObject(value as Record<string, unknown>);
    default:
      // undefined, functions, symbols and bigints are not JSON; stored events never hold them.
      throw new TypeError(`Canonical JSON cannot hold a value of type ${typeof value}`);
  }
}

// Plain loops and string concatenation: the verifier runs these for every event of the store.
function canonicalArray(items: readonly unknown[]): string {
  let out = '[';
  for (let index = 0; index < items.length; index++) out += (index === 0 ? '' : ',') + canonicalJson(items[index]);
  return `${out}]`;
}

function canonicalObject(record: Record<string, unknown>): string {
  // Array.prototype.sort compares strings by UTF-16 code units, which is what JCS asks for.
  const keys = Object.keys(record).sort();
  let out = '{';
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    out += `${index === 0 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(record[key])}`;
  }
  return `${out}}`;
}
