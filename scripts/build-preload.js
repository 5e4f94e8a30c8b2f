#!/usr/bin/env node
// Bundles the Electron preload into one file (dist/electron/preload.js). A sandboxed preload can
// require only 'electron', so everything else it uses (the channel table) is inlined. Runs after
// tsc in `npm run build` and replaces tsc's unbundled output of electron/preload.ts.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const outfile = path.join(root, 'dist', 'electron', 'preload.js');

esbuild.buildSync({
  entryPoints: [path.join(root, 'electron', 'preload.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  external: ['electron'],
  legalComments: 'none',
  logLevel: 'warning',
});

// The bundle must need nothing but 'electron' at run time.
const code = fs.readFileSync(outfile, 'utf8');
const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
const foreign = required.filter((r) => r !== 'electron');
if (foreign.length) {
  console.error(`build-preload: the preload bundle still requires ${foreign.join(', ')}; a sandboxed preload can load only 'electron'`);
  process.exit(1);
}
