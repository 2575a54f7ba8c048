// Loaded with `node --require` before the CLI: at exit, writes the files of every module the process loaded
// (CommonJS, as the compiled CLI and its packages load) to the JSON file named by SCORESHEET_MODULES_OUT.
'use strict';
const { writeFileSync } = require('node:fs');

const out = process.env.SCORESHEET_MODULES_OUT;
if (out) process.on('exit', () => writeFileSync(out, JSON.stringify(Object.keys(require.cache))));
