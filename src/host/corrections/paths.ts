// Where the corrections memory lives: corrections.db in Verso's data folder, the one the desktop
// app (Electron's userData, <appData>/Verso) and web mode share. The command line finds the same
// folder; VERSO_DATA_DIR or --db FILE put it elsewhere.
import * as path from 'node:path';
import { appDataDir } from '../../server/paths';

export const CORRECTIONS_FILE = 'corrections.db';

export function correctionsDbPath(options: { db?: string; env?: NodeJS.ProcessEnv } = {}): string {
  if (options.db) return path.resolve(options.db);
  const env = options.env ?? process.env;
  if (env.VERSO_DATA_DIR) return path.resolve(env.VERSO_DATA_DIR, CORRECTIONS_FILE);
  // The same folder as defaultDataDir() in src/server/paths.ts, read from `env`.
  return path.join(appDataDir(env), 'Verso', CORRECTIONS_FILE);
}
