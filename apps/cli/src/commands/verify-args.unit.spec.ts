import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseVerifyArgs, VerifyUsageError } from './verify-args';

const folder = mkdtempSync(join(tmpdir(), 'ledelsesrum-verify-args-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const HEAD = { position: 42, chainHash: 'a'.repeat(64), recordedAt: '2027-03-11T09:00:00.000Z' };
const file = (name: string, content: string): string => {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
};

function usageError(args: string[]): VerifyUsageError {
  try {
    parseVerifyArgs(args);
  } catch (error) {
    expect(error).toBeInstanceOf(VerifyUsageError);
    expect((error as VerifyUsageError).exitCode).toBe(2);
    return error as VerifyUsageError;
  }
  throw new Error(`parseVerifyArgs(${args.join(' ')}) did not fail`);
}

describe('verify arguments', () => {
  it('takes no flags, --head-out, and --head with a head file', () => {
    expect(parseVerifyArgs([])).toEqual({});
    expect(parseVerifyArgs(['--head-out', 'head.json'])).toEqual({ headOut: 'head.json' });
    const headFile = file('head.json', JSON.stringify(HEAD));
    expect(parseVerifyArgs(['--head', headFile, '--head-out', 'new.json'])).toEqual({
      head: HEAD,
      headFile,
      headOut: 'new.json',
    });
  });

  it('refuses unknown flags, words, missing values and repeated flags with exit code 2', () => {
    expect(usageError(['--json']).message).toContain('Unknown: --json');
    expect(usageError(['stream']).message).toContain('Unknown: stream');
    expect(usageError(['--head-out']).message).toContain('the file is missing');
    expect(usageError(['--head-out', 'a', '--head-out', 'b']).message).toContain('only once');
  });

  it('refuses a head file that cannot be read or is not a chain head', () => {
    expect(usageError(['--head', join(folder, 'missing.json')]).message).toContain('cannot read');
    expect(usageError(['--head', file('bad.json', '{')]).message).toContain('cannot read');
    for (const [name, head] of [
      ['short', { ...HEAD, chainHash: 'abc' }],
      ['zero', { ...HEAD, position: 0 }],
      ['no-time', { position: 1, chainHash: HEAD.chainHash }],
    ] as const) {
      expect(usageError(['--head', file(`${name}.json`, JSON.stringify(head))]).message).toContain(
        'is not a chain head',
      );
    }
  });
});
