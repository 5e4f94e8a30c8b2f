// Web mode entry: node dist/src/server/main.js [--port N] [--data DIR] [--static DIR] [--open] [--reason TEXT]
// Serves the review desk at http://127.0.0.1:PORT/ for a browser on this machine, with the same
// handlers as the desktop app. Saved files go to DIR/downloads (the page also downloads them).
import * as path from 'node:path';
import { createHandlers, dataServices } from '../../electron/ipc/handlers';
import { downloadsDialogs } from '../../electron/services/dialogs';
import { openBrowser } from './open-browser';
import { appRoot, defaultDataDir } from './paths';
import { startServer } from './server';

interface Options {
  port: number;
  data: string;
  staticRoot: string | null;
  open: boolean;
  reason: string | undefined;
}

const USAGE = 'usage: node dist/src/server/main.js [--port N] [--data DIR] [--static DIR] [--open] [--reason TEXT]';

export function parseArgs(argv: string[]): Options {
  const o: Options = { port: 0, data: defaultDataDir(), staticRoot: null, open: false, reason: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    switch (arg) {
      case '--port': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be a number from 0 to 65535\n${USAGE}`);
        o.port = n;
        break;
      }
      case '--data':
        o.data = path.resolve(value());
        break;
      case '--static':
        o.staticRoot = path.resolve(value());
        break;
      case '--open':
        o.open = true;
        break;
      case '--reason':
        o.reason = value();
        break;
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return o;
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
  const root = appRoot();
  const version = (require(path.join(root, 'package.json')) as { version: string }).version;
  const handlers = createHandlers({
    platform: { kind: 'web', version, ...(options.reason ? { reason: options.reason } : {}) },
    ...dataServices(options.data),
    dialogs: downloadsDialogs(path.join(options.data, 'downloads')),
    assetsDir: path.join(root, 'assets'),
  });
  const staticRoot = options.staticRoot ?? path.join(root, 'dist', 'renderer');
  let running;
  try {
    running = await startServer({ handlers, staticRoot, port: options.port });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(e.code === 'EADDRINUSE' ? `Verso: port ${options.port} is in use; try another with --port, or --port 0 for any free port` : `Verso: ${e.message}`);
    process.exit(1);
  }
  console.log(`Verso web mode: ${running.url}`);
  if (options.open) {
    const opened = await openBrowser(running.url);
    console.log(opened ? 'Opened in your browser.' : `Open ${running.url} in a browser on this computer.`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void running.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) void main();
