import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The architecture is enforced by lint (eslint.config.mjs: project tags and their allowed dependencies). Each case
// puts one wrong import at the top of a real file and lints that text as that file, the way `npm run lint` would;
// the unchanged file must lint clean, so a rule that stopped applying would fail here, not pass silently.
const root = join(__dirname, '..', '..');

interface Case {
  readonly name: string;
  readonly file: string;
  readonly wrongImport: string;
  readonly refusal: RegExp;
}

const CASES: readonly Case[] = [
  {
    name: 'an adapter importing another adapter',
    file: 'libs/event-store-postgres/src/postgres-event-store.ts',
    wrongImport:
      "import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';\nexport const wrong = SqliteEventStore;",
    refusal: /tagged with "type:adapter" can only depend on/,
  },
  {
    name: 'the API importing the web interface',
    file: 'libs/api/src/cycles/cycles.service.ts',
    wrongImport: "import { WebUiModule } from '@ledelsesrum/web-ui';\nexport const wrong = WebUiModule;",
    refusal: /tagged with "type:nest" can not depend on libs tagged with "type:ui"/,
  },
  {
    name: 'a read model importing Nest',
    file: 'libs/projections/src/cycle-projection.ts',
    wrongImport: "import { Injectable } from '@nestjs/common';\nexport const wrong = Injectable;",
    refusal: /tagged with "type:read-model" is not allowed to import "@nestjs\/common"/,
  },
  {
    name: 'the port importing an adapter',
    file: 'libs/event-store/src/event-store.port.ts',
    wrongImport:
      "import { SqliteEventStore } from '@ledelsesrum/event-store-sqlite';\nexport const wrong = SqliteEventStore;",
    refusal: /tagged with "type:port" can only depend on/,
  },
  {
    name: 'the domain doing I/O',
    file: 'libs/domain/src/streams.ts',
    wrongImport: "import { readFileSync } from 'node:fs';\nexport const wrong = readFileSync;",
    refusal: /Workflow and domain code must not do I\/O|not allowed to import "node:fs"/,
  },
];

interface LintResult {
  readonly file: string;
  readonly messages: readonly string[];
}

/** Lints each text as the file it names, in one ESLint process (the project graph and the types load once). */
function lint(inputs: readonly { file: string; text: string }[]): LintResult[] {
  const script = `
    import { ESLint } from 'eslint';
    const inputs = JSON.parse(process.env.LINT_INPUTS);
    const eslint = new ESLint({ cwd: process.cwd() });
    const results = [];
    for (const { file, text } of inputs) {
      const [result] = await eslint.lintText(text, { filePath: file });
      results.push({ file, messages: result.messages.filter((m) => m.severity === 2).map((m) => m.message) });
    }
    process.stdout.write(JSON.stringify(results));
  `;
  // The boundary rule reads Nx's project graph; without one it skips itself, which the clean cases would not notice.
  execFileSync('npx', ['nx', 'show', 'projects'], { cwd: root, env: { ...process.env, NX_DAEMON: 'false' } });
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false', LINT_INPUTS: JSON.stringify(inputs) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as LintResult[];
}

describe('lint enforces the project boundaries', () => {
  let results: LintResult[];

  beforeAll(() => {
    const inputs = CASES.flatMap(({ file, wrongImport }) => {
      const text = readFileSync(join(root, file), 'utf8');
      return [
        { file, text },
        { file, text: `${wrongImport}\n${text}` },
      ];
    });
    results = lint(inputs);
  }, 300_000);

  it.each(CASES.map((c, index) => [c.name, index] as const))('refuses %s', (_name, index) => {
    const [clean, wrong] = [results[index * 2]!, results[index * 2 + 1]!];
    expect(clean.messages).toEqual([]);
    expect(wrong.messages.some((message) => CASES[index]!.refusal.test(message))).toBe(true);
  });
});
