const IDENTIFIER = /^[a-z_][a-z0-9_]{0,50}$/;

/** Checks a schema name, which goes into SQL as an identifier, so only a plain lower-case name is accepted. */
export function checkSchemaName(schema: string): string {
  if (!IDENTIFIER.test(schema)) {
    throw new Error(`Ugyldigt skemanavn / Invalid schema name "${schema}": use a-z, 0-9 and _ (at most 51 characters)`);
  }
  return schema;
}
