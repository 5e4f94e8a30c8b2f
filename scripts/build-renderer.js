#!/usr/bin/env node
'use strict';
// Builds the review UI into dist/renderer/: app.js (the React app), check-worker.js (the engine
// checking a document off the UI thread), app.css and index.html with a strict Content Security
// Policy. Nothing inline: the page loads one script and one stylesheet from its own origin.
//   node scripts/build-renderer.js [--dev] [--watch]
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'renderer');
const dev = process.argv.includes('--dev');
const watch = process.argv.includes('--watch');

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Verso</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="app.css">
<script src="app.js" defer></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`;

const common = {
  bundle: true,
  platform: 'browser',
  target: ['chrome120'],
  format: 'iife',
  sourcemap: dev ? 'linked' : false,
  minify: !dev,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
  // The engine must not pull Node modules into the page; fail the build if it tries.
  external: [],
  // csv-parse's Node build uses the Buffer global at load time; its browser build carries its own.
  alias: { 'csv-parse/sync': 'csv-parse/browser/esm/sync' },
};

async function build() {
  fs.mkdirSync(out, { recursive: true });
  const app = {
    ...common,
    entryPoints: [path.join(root, 'src/renderer/main.tsx')],
    outfile: path.join(out, 'app.js'),
    jsx: 'automatic',
  };
  const worker = {
    ...common,
    entryPoints: [path.join(root, 'src/renderer/worker/check-worker.ts')],
    outfile: path.join(out, 'check-worker.js'),
  };
  const copyStatic = () => {
    fs.writeFileSync(path.join(out, 'index.html'), html);
    fs.copyFileSync(path.join(root, 'src/renderer/app.css'), path.join(out, 'app.css'));
  };
  if (watch) {
    const a = await esbuild.context(app);
    const w = await esbuild.context(worker);
    copyStatic();
    fs.watch(path.join(root, 'src/renderer/app.css'), copyStatic);
    await Promise.all([a.watch(), w.watch()]);
    console.log(`watching; output in ${path.relative(root, out)}/`);
    return;
  }
  await Promise.all([esbuild.build(app), esbuild.build(worker)]);
  copyStatic();
  const size = (f) => `${(fs.statSync(path.join(out, f)).size / 1024).toFixed(0)} KB`;
  console.log(`renderer: dist/renderer/app.js ${size('app.js')}, check-worker.js ${size('check-worker.js')}, app.css, index.html`);
}

module.exports = { CSP, build, common };

if (require.main === module) {
  build().catch((err) => {
    console.error(err.message || err);
    process.exit(1);
  });
}
