// Where web mode finds the app and keeps its data. The data folder is the desktop app's own
// (Electron's userData, set to <appData>/Verso in electron/main.ts), so both modes share settings
// and the autosave.
import { existsSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The folder holding Verso's package.json, found upwards from this file (works for src/ and dist/src/). */
export function appRoot(start: string = __dirname): string {
  let dir = start;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'verso') return dir;
      } catch {
        // not ours; keep looking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find Verso's package.json above ${start}`);
    dir = up;
  }
}

/** Per-user application data, as Electron's app.getPath('appData') has it. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = os.homedir()): string {
  if (platform === 'win32') return env.APPDATA || path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(home, '.config');
}

export function defaultDataDir(): string {
  return path.join(appDataDir(), 'Verso');
}
