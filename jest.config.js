// One Jest run, three projects named by file suffix: *.unit.spec.ts (pure, fast), *.int.spec.ts (a real SQLite
// file, a real Temporal dev server), *.e2e.spec.ts (the built processes driven over HTTP).
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.base.json');

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
    // openid-client and what it builds on ship as ES modules only, which Jest's module system cannot load: they are
    // compiled to CommonJS like our own code (Node itself loads them with require()).
    '/node_modules/(openid-client|oauth4webapi|openid-client/node_modules/jose)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022' } },
    ],
  },
  transformIgnorePatterns: ['(?<!/openid-client)/node_modules/(?!(openid-client|oauth4webapi)/)'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/data/', '/.tools/'],
};

module.exports = {
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // The contract run's findings per caller, printed just before Jest's own summary, which stays the last thing.
  reporters: ['<rootDir>/test/support/contract-summary-reporter.js', 'default'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/**/*.unit.spec.ts'] },
    { ...shared, displayName: 'int', testMatch: ['<rootDir>/**/*.int.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e.spec.ts'] },
  ],
};
