/** `--name value` pairs; a flag given twice collects every value. Unknown flags are the caller's to reject. */
export function parseArgs(argv: readonly string[]): { command: string | undefined; flags: Map<string, string[]> } {
  const [command, ...rest] = argv;
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i += 1) {
    const name = rest[i]!;
    const value = rest[i + 1];
    if (!name.startsWith('--') || value === undefined || value.startsWith('--')) {
      throw new Error(`Forventede --navn værdi / Expected --name value at "${name}"`);
    }
    flags.set(name.slice(2), [...(flags.get(name.slice(2)) ?? []), value]);
    i += 1;
  }
  return { command, flags };
}
