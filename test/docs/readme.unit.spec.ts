import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');
const docs = join(repoRoot, 'docs');

/** The targets of every Markdown link in `text`, without their `#anchor`. */
function linkTargets(text: string): Set<string> {
  return new Set([...text.matchAll(/\]\(([^)#\s]+)(?:#[^)\s]*)?\)/g)].map((match) => match[1] ?? ''));
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith('.md'));
}

describe('README.md, the front door', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');

  it('fits on a screen: at most 150 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(150);
  });

  it('links every page in docs/', () => {
    const linked = linkTargets(readme);

    const unlinked = markdownFiles(docs).filter((page) => !linked.has(`docs/${page}`));

    expect(unlinked).toEqual([]);
  });

  it('has a docs/architecture.md that links every decision record', () => {
    const linked = linkTargets(readFileSync(join(docs, 'architecture.md'), 'utf8'));

    const unlinked = markdownFiles(join(docs, 'decisions')).filter((record) => !linked.has(`decisions/${record}`));

    expect(unlinked).toEqual([]);
  });
});
