// Where files come from and go to. The desktop asks with native dialogs (native-dialogs.ts); web
// mode has none: opening is done by the page's file input (these answer null), and saving writes
// into a downloads folder under the user data directory while the page also downloads the file.
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

export type SaveKind = 'text' | 'project';

export interface Dialogs {
  /** Path of the text file the user picked, or null when cancelled (or not possible). */
  openText(role: 'source' | 'target'): Promise<string | null>;
  /** Path of the project file the user picked, or null. */
  openProject(): Promise<string | null>;
  /** Where to write a file the user saves, or null when cancelled. */
  saveAs(suggestedName: string, kind: SaveKind): Promise<string | null>;
}

export const PROJECT_EXTENSION = 'verso';
const DEFAULT_NAMES: Record<SaveKind, string> = { text: 'corrected.txt', project: `review.${PROJECT_EXTENSION}` };

/** A file name that is safe on every platform: no directory, no reserved characters, not too long. */
export function safeFileName(name: string, kind: SaveKind): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(clean)) clean = `_${clean}`;
  if (!clean) return DEFAULT_NAMES[kind];
  if (!/\.[A-Za-z0-9]{1,10}$/.test(clean)) clean += kind === 'text' ? '.txt' : `.${PROJECT_EXTENSION}`;
  return clean;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fsp.access(file);
    return true;
  } catch {
    return false;
  }
}

/** Web mode: nothing to pick; saves go to `dir` under a name that does not overwrite an earlier save. */
export function downloadsDialogs(dir: string): Dialogs {
  return {
    openText: async () => null,
    openProject: async () => null,
    async saveAs(suggestedName, kind) {
      await fsp.mkdir(dir, { recursive: true });
      const name = safeFileName(suggestedName, kind);
      const dot = name.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
      for (let n = 1; n < 10000; n++) {
        const file = path.join(dir, n === 1 ? name : `${stem} (${n})${ext}`);
        if (!(await exists(file))) return file;
      }
      return path.join(dir, `${stem}-${Date.now()}${ext}`);
    },
  };
}
