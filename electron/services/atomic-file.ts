// Writing a file so that a crash or a power cut never leaves it half written: the data goes to a
// temporary file beside it, is flushed to disk (fsync), then renamed over the old file (atomic on
// one file system), and the directory is flushed so the rename itself survives. Writes to the same
// file are queued, so the last call wins even when several overlap.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

const queues = new Map<string, Promise<unknown>>();
/** Temporary files being written right now by this process (never removed as stale). */
const active = new Set<string>();
let counter = 0;

/** Temporary files are named `<file>.tmp-<pid>-<n>`; a crash can leave one behind, never a torn `<file>`. */
export function isTempFileOf(file: string, candidate: string): boolean {
  return path.basename(candidate).startsWith(`${path.basename(file)}.tmp-`);
}

async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; rename there is already durable enough.
  if (process.platform === 'win32') return;
  let fh: fsp.FileHandle | undefined;
  try {
    fh = await fsp.open(dir, 'r');
    await fh.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename has still happened.
  } finally {
    await fh?.close();
  }
}

async function writeNow(file: string, content: FileContent): Promise<void> {
  const data = typeof content === 'function' ? content() : content;
  const dir = path.dirname(file);
  await fsp.mkdir(dir, { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${++counter}`;
  active.add(tmp);
  try {
    const fh = await fsp.open(tmp, 'w', 0o600);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fsp.rename(tmp, file);
  } catch (err) {
    await fsp.rm(tmp, { force: true });
    throw err;
  } finally {
    active.delete(tmp);
  }
  await syncDirectory(dir);
}

/** The bytes to write, or a function giving them when the write's turn comes (the state at that time). */
export type FileContent = string | Uint8Array | (() => string | Uint8Array);

function enqueue(file: string, job: (key: string) => Promise<void>): Promise<void> {
  const key = path.resolve(file);
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => job(key));
  queues.set(key, next);
  const cleanup = () => {
    if (queues.get(key) === next) queues.delete(key);
  };
  next.then(cleanup, cleanup);
  return next;
}

/** Replaces `file` with `data` atomically and durably. */
export function writeFileAtomic(file: string, data: FileContent): Promise<void> {
  return enqueue(file, (key) => writeNow(key, data));
}

/** Deletes `file` after the writes queued before it (a missing file is fine). */
export function removeFileQueued(file: string): Promise<void> {
  return enqueue(file, async (key) => {
    await fsp.rm(key, { force: true });
    await syncDirectory(path.dirname(key));
  });
}

/** Removes temporary files a crash left beside `file` (only ours: `<file>.tmp-*`). */
export async function removeStaleTempFiles(file: string): Promise<void> {
  const dir = path.dirname(file);
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return;
  }
  const stale = names.map((n) => path.join(path.resolve(dir), n)).filter((p) => isTempFileOf(file, p) && !active.has(p));
  await Promise.all(stale.map((p) => fsp.rm(p, { force: true })));
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
