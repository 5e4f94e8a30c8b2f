#!/usr/bin/env node
// `npm start` (after `npm run build`): the desktop app where Electron can start, the same review
// desk in the browser where it cannot, saying why.
//
//   node scripts/start.js [--web] [--port N] [--data DIR] [--no-open]
//
// Electron 42+ fetches its binary on first use (require('electron') downloads it), so finding it
// is tried in a child process with a time limit; then `electron --version` must answer quickly;
// then the app is started, and if it dies at once (missing libraries, sandbox helper, no display)
// web mode starts instead. VERSO_WEB=1 or --web skips Electron.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const serverMain = path.join(root, 'dist', 'src', 'server', 'main.js');
const desktopMain = path.join(root, 'dist', 'electron', 'main.js');

/** Seconds allowed for the first-run download of the Electron binary. */
const FETCH_SECONDS = Number(process.env.VERSO_ELECTRON_FETCH_TIMEOUT) || 300;
/** An Electron that exits this soon after starting is taken as unable to start. */
const EARLY_EXIT_MS = 5000;

function parse(argv) {
  const o = { web: process.env.VERSO_WEB === '1', open: true, server: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--web') o.web = true;
    else if (a === '--no-open') o.open = false;
    else if (a === '--port' || a === '--data') o.server.push(a, argv[++i] ?? '');
    else {
      console.error(`start: unknown option ${a}\nusage: npm start -- [--web] [--port N] [--data DIR] [--no-open]`);
      process.exit(2);
    }
  }
  return o;
}

/** The one line of a failed child's output worth showing. */
function why(output) {
  const text = String(output || '');
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|network/i.test(text)) {
    return 'its binary is not installed and could not be downloaded (no connection to the download server)';
  }
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const error = lines.find((l) => /^(\w*Error|error):/.test(l)) || lines[lines.length - 1];
  return error ? error.replace(/^\w*Error:\s*/, '').slice(0, 300) : 'unknown reason';
}

/** The Electron executable, or the reason there is none that runs here. */
function findElectron() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no graphical display (DISPLAY and WAYLAND_DISPLAY are not set)' };
  }
  if (!fs.existsSync(desktopMain)) return { reason: `${path.relative(root, desktopMain)} is missing (run npm run build)` };
  let pkg;
  try {
    pkg = require.resolve('electron/package.json', { paths: [root] });
  } catch {
    return { reason: 'the electron package is not installed (npm install)' };
  }
  const installed = fs.existsSync(path.join(path.dirname(pkg), 'path.txt'));
  if (!installed) console.log(`Fetching the Electron binary (first start; up to ${FETCH_SECONDS} s)…`);
  const located = spawnSync(process.execPath, ['-e', "process.stdout.write(String(require('electron')))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: FETCH_SECONDS * 1000,
  });
  if (located.error && located.error.code === 'ETIMEDOUT') return { reason: `fetching its binary took longer than ${FETCH_SECONDS} s` };
  if (located.status !== 0 || !located.stdout) return { reason: why(`${located.stderr}\n${located.stdout}`) };
  const binary = located.stdout.trim();
  if (!fs.existsSync(binary)) return { reason: `its binary is missing (${binary})` };
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 15000, env });
  if (version.error) return { reason: version.error.code === 'ETIMEDOUT' ? 'its binary did not answer `electron --version`' : version.error.message };
  if (version.status !== 0) return { reason: why(version.stderr || `electron --version exited with status ${version.status}`) };
  return { binary };
}

function startWeb(reason, options) {
  if (!fs.existsSync(serverMain)) {
    console.error(`start: ${path.relative(root, serverMain)} is missing; run npm run build first`);
    process.exit(1);
  }
  if (reason) console.log(`Electron could not start: ${reason}; opening the review desk in your browser instead`);
  const args = [serverMain, ...options.server, ...(options.open ? ['--open'] : []), ...(reason ? ['--reason', `Electron could not start: ${reason}`] : [])];
  const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startDesktop(binary, options) {
  const startedAt = Date.now();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  let stderr = '';
  const child = spawn(binary, [root], { stdio: ['ignore', 'inherit', 'pipe'], cwd: root, env });
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (stderr.length < 8000) stderr += chunk;
  });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (err) => startWeb(err.message, options));
  child.on('exit', (code, signal) => {
    const early = Date.now() - startedAt < EARLY_EXIT_MS;
    if (early && (code !== 0 || signal)) {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      startWeb(stderr.trim() ? why(stderr) : `it exited at once (${signal ?? `status ${code}`})`, options);
      return;
    }
    process.exit(code ?? 0);
  });
}

const options = parse(process.argv.slice(2));
if (options.web) {
  startWeb(null, options);
} else {
  const found = findElectron();
  if (found.binary) startDesktop(found.binary, options);
  else startWeb(found.reason, options);
}
