// Main process entry. Layout (tsc output and packaged app alike): dist/electron/main.js (this
// file), dist/electron/preload.js (bundled by scripts/build-preload.js), dist/renderer/ (the page),
// and assets/ beside dist/.
import * as path from 'node:path';
import { runDesktop } from './app';

void runDesktop({
  rendererDir: path.join(__dirname, '..', 'renderer'),
  preload: path.join(__dirname, 'preload.js'),
  assetsDir: path.join(__dirname, '..', '..', 'assets'),
});
