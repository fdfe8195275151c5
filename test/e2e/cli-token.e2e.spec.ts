import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtTokens } from '@ledelsesrum/auth';
import { repoRoot } from '../../infra/repo-root';

/** `npm run cli -- token …` as a user runs it: the built CLI in its own process. */
function cli(args: string[], env: NodeJS.ProcessEnv) {
  const root = repoRoot();
  const result = spawnSync(
    process.execPath,
    ['-r', join(root, 'infra', 'register-paths.js'), join(root, 'dist', 'apps', 'cli', 'src', 'main.js'), ...args],
    {
      env: {
        ...process.env,
        AUTH_JWT_SECRET: '',
        OIDC_ISSUER: '',
        OIDC_AUDIENCE: '',
        AUTH_DEV_TOKENS: '',
        HOST: '',
        ...env,
      },
      encoding: 'utf8',
    },
  );
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
}

describe('the CLI token command', () => {
  it('prints a token signed with the secret the API generates in the data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ledelsesrum-cli-'));
    const result = cli(['token', '--sub', 'p-anne', '--role', 'facilitator', '--role', 'leader'], {
      DATA_DIR: dataDir,
    });
    expect(result.status).toBe(0);
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8');
    await expect(new JwtTokens(secret).verify(result.stdout)).resolves.toEqual({
      id: 'p-anne',
      roles: ['facilitator', 'leader'],
    });
  });

  it('signs with AUTH_JWT_SECRET when it is set', async () => {
    const secret = 'a-secret-that-is-at-least-32-characters-long';
    const result = cli(['token', '--sub', 'chef-1', '--role', 'chefgruppen'], {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ledelsesrum-cli-')),
      AUTH_JWT_SECRET: secret,
    });
    expect(result.status).toBe(0);
    await expect(new JwtTokens(secret).verify(result.stdout)).resolves.toEqual({
      id: 'chef-1',
      roles: ['chefgruppen'],
    });
  });

  it('still prints the token when OIDC_ISSUER turns development tokens off, and warns on stderr', async () => {
    const secret = 'a-secret-that-is-at-least-32-characters-long';
    const result = cli(['token', '--sub', 'chef-1', '--role', 'chefgruppen'], {
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ledelsesrum-cli-')),
      AUTH_JWT_SECRET: secret,
      OIDC_ISSUER: 'https://sso.kommune.dk/realms/ledelse',
      OIDC_AUDIENCE: 'ledelsesrum-api',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('afviser API’et udviklings-tokens');
    await expect(new JwtTokens(secret).verify(result.stdout)).resolves.toEqual({
      id: 'chef-1',
      roles: ['chefgruppen'],
    });
  });

  it.each([
    [['token', '--role', 'leader'], '--sub'],
    [['token', '--sub', 'p-1', '--role', 'boss'], 'chefgruppen, facilitator, leader, auditor'],
    [['token', '--sub', 'p-1', '--role', 'leader', '--colour', 'red'], 'colour'],
    [['launch'], 'Ukendt kommando / Unknown command'],
  ])('refuses %j with exit code 1 and says what is wrong', (args, message) => {
    const result = cli(args, { DATA_DIR: mkdtempSync(join(tmpdir(), 'ledelsesrum-cli-')) });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
