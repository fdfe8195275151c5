import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The words docs/glossary.md says never to use in Danish text on the pages: one thing, one name. "Cyklus" also
 * catches "mødecyklus" and "cyklussen".
 */
const NEVER_IN_DANISH = [/cyklus/i, /importér/i, /importere/i];

/** The Danish wording of every text the pages show: the web texts and the domain's refusals. */
function danishTexts(): { file: string; line: number; text: string }[] {
  const folder = __dirname;
  const files = [
    ...readdirSync(join(folder, 'texts'))
      .filter((name) => /^web-.*\.texts\.ts$/.test(name))
      .map((name) => join('texts', name)),
    'domain-errors.texts.ts',
  ];
  return files.flatMap((file) =>
    readFileSync(join(folder, file), 'utf8')
      .split('\n')
      .flatMap((source, index) => {
        // A Danish text starts at `da:` and ends where its English one begins (or at the end of the line).
        const start = source.search(/\bda: /);
        if (start < 0) return [];
        const end = source.indexOf(', en: ', start);
        return [{ file, line: index + 1, text: source.slice(start + 4, end < 0 ? undefined : end) }];
      }),
  );
}

describe('one vocabulary', () => {
  it('finds the Danish texts it checks', () => {
    expect(danishTexts().length).toBeGreaterThan(300);
  });

  it('uses no word the glossary forbids in a Danish text on the pages', () => {
    const offending = danishTexts()
      .filter(({ text }) => NEVER_IN_DANISH.some((word) => word.test(text)))
      .map(({ file, line, text }) => `${file}:${line}: ${text}`);
    expect(offending).toEqual([]);
  });
});
