#!/usr/bin/env node
'use strict';
// The CLI's entry: the compiled TypeScript under lib/ (built by `npm ci` through the prepare script).
let cli;
try {
  cli = require('../lib/src/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('lib/src/cli/main.js')) {
    process.stderr.write('scoresheet: the CLI is not built yet; run `npm run build:cli` (npm ci does it too).\n');
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`scoresheet: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
