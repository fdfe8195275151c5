// Loaded with `node -r` before the compiled apps: maps the @ledelsesrum/* import aliases of tsconfig.base.json
// onto the compiled output in dist/, so the built code runs without a bundler.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

tsconfigPaths.register({ baseUrl: path.resolve(__dirname, '..', 'dist'), paths: compilerOptions.paths });
