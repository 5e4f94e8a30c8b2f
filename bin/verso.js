#!/usr/bin/env node
'use strict';
// Runs the compiled command line (npm run build writes dist/; npm install runs it).
require('../dist/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`verso: internal error: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
