// Crash recovery: the review is written after every decision to one file in the user data
// directory (autosave.json) by atomic write-and-rename with fsync, so whatever happens the file
// holds the last complete save. Temporary files a crash left behind are ignored and removed.
import { promises as fsp } from 'node:fs';
import type { ProjectFile } from '../../src/core/review/project';
import { readTextIfExists, removeFileQueued, removeStaleTempFiles, writeFileAtomic } from './atomic-file';
import { checkProject } from './project-file';

export class AutosaveError extends Error {}

export interface Autosave {
  readonly file: string;
  /** Writes a project already serialised as JSON (the caller checked it). */
  write(json: string): Promise<void>;
  /** The last complete save, or null when there is none. */
  recover(): Promise<ProjectFile | null>;
  clear(): Promise<void>;
}

export function createAutosave(file: string): Autosave {
  return {
    file,
    write: (json) => writeFileAtomic(file, json),
    async recover() {
      await removeStaleTempFiles(file);
      const text = await readTextIfExists(file);
      if (text === null) return null;
      try {
        return checkProject(JSON.parse(text));
      } catch (err) {
        // Not something this code wrote: keep it for inspection, out of the way of the next start.
        await fsp.rename(file, `${file}.bad`).catch(() => undefined);
        throw new AutosaveError(`the autosaved review could not be read (${(err as Error).message}); it was kept as ${file}.bad`);
      }
    },
    clear: () => removeFileQueued(file),
  };
}
