// Native open and save dialogs for the desktop, attached to the review window. The folder last
// used is remembered for the session.
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';
import * as path from 'node:path';
import { PROJECT_EXTENSION, safeFileName, type Dialogs } from './dialogs';

const TEXT_FILTERS: FileFilter[] = [
  { name: 'Text, Word and bilingual files', extensions: ['txt', 'text', 'md', 'docx', 'xlf', 'xliff', 'tmx', 'tsv', 'csv'] },
  { name: 'All files', extensions: ['*'] },
];

/** Save filters for the suggested name's extension (a Word file, a report, XLIFF...), text otherwise. */
function saveFilters(name: string): FileFilter[] {
  const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase();
  if (!ext || ['txt', 'text', 'md'].includes(ext)) return TEXT_FILTERS;
  return [{ name: ext.toUpperCase(), extensions: [ext] }, { name: 'All files', extensions: ['*'] }];
}
const PROJECT_FILTERS: FileFilter[] = [
  { name: 'Verso review', extensions: [PROJECT_EXTENSION, 'json'] },
  { name: 'All files', extensions: ['*'] },
];

export function nativeDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  let lastDir = app.getPath('documents');

  async function open(title: string, filters: FileFilter[]): Promise<string | null> {
    const options = { title, defaultPath: lastDir, properties: ['openFile' as const], filters };
    const win = getWindow();
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    if (r.canceled || !r.filePaths[0]) return null;
    lastDir = path.dirname(r.filePaths[0]);
    return r.filePaths[0];
  }

  return {
    openText: (role) => open(role === 'source' ? 'Open the source text' : 'Open the translation', TEXT_FILTERS),
    openProject: () => open('Open a review', PROJECT_FILTERS),
    async saveAs(suggestedName, kind) {
      const options = {
        title: kind === 'text' ? 'Export' : 'Save the review',
        defaultPath: path.join(lastDir, safeFileName(suggestedName, kind)),
        filters: kind === 'text' ? saveFilters(suggestedName) : PROJECT_FILTERS,
      };
      const win = getWindow();
      const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (r.canceled || !r.filePath) return null;
      lastDir = path.dirname(r.filePath);
      return r.filePath;
    },
  };
}
