import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../..');
const remarkCli = join(repoRoot, 'node_modules', 'remark-cli', 'cli.js');
const remarkConfig = join(repoRoot, '.remarkrc.mjs');

interface LinkCheck {
  exitCode: number;
  output: string;
}

/** The same check as `npm run docs:links`, over README.md and docs/ in `folder`, with the repository's settings. */
function checkLinks(folder: string): Promise<LinkCheck> {
  const args = [remarkCli, '--rc-path', remarkConfig, '--frail', '--quiet', '--no-stdout', '--no-color'];
  return new Promise((done) => {
    execFile(process.execPath, [...args, 'README.md', 'docs'], { cwd: folder }, (error, stdout, stderr) => {
      done({ exitCode: error === null ? 0 : Number(error.code ?? 1), output: `${stdout}${stderr}` });
    });
  });
}

describe('links in the documentation', () => {
  let copy: string;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'ledelsesrum-docs-'));
    cpSync(join(repoRoot, 'README.md'), join(copy, 'README.md'));
    cpSync(join(repoRoot, 'docs'), join(copy, 'docs'), { recursive: true });
  });

  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('finds every relative link and heading anchor in README.md and docs/', async () => {
    const check = await checkLinks(repoRoot);

    expect(check.output).toBe('');
    expect(check.exitCode).toBe(0);
  }, 30_000);

  it('fails on a link to a heading that does not exist, and names it', async () => {
    appendFileSync(join(copy, 'README.md'), '\nSe [revisionssporet](docs/audit.md#ingen-saadan-overskrift).\n');

    const check = await checkLinks(copy);

    expect(check.exitCode).not.toBe(0);
    expect(check.output).toContain('#ingen-saadan-overskrift');
  }, 30_000);
});
