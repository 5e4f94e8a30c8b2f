// The one bridge between the sandboxed renderer and the main process: one named method per IPC
// channel, each a plain ipcRenderer.invoke, and a listener for menu commands. ipcRenderer itself,
// its event objects and Node are never handed to the page. A sandboxed preload can require only
// 'electron', so scripts/build-preload.js bundles this file (and the channel table) into one file.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, COMMAND_CHANNEL, type DesktopBridge, type MenuCommand } from '../src/shared/api';

const invoke =
  (channel: string) =>
  (...args: unknown[]): Promise<never> =>
    ipcRenderer.invoke(channel, ...args) as Promise<never>;

const bridge: DesktopBridge = {
  platform: invoke(CHANNELS.platform),
  decodeFile: invoke(CHANNELS.decodeFile),
  pickTextFile: invoke(CHANNELS.pickTextFile),
  loadSample: invoke(CHANNELS.loadSample),
  saveText: invoke(CHANNELS.saveText),
  saveBytes: invoke(CHANNELS.saveBytes),
  saveProject: invoke(CHANNELS.saveProject),
  openProject: invoke(CHANNELS.openProject),
  autosave: invoke(CHANNELS.autosave),
  recoverAutosave: invoke(CHANNELS.recoverAutosave),
  clearAutosave: invoke(CHANNELS.clearAutosave),
  getSettings: invoke(CHANNELS.getSettings),
  setSettings: invoke(CHANNELS.setSettings),
  dictionary: invoke(CHANNELS.dictionary),
  recordDecisions: invoke(CHANNELS.recordDecisions),
  corrections: invoke(CHANNELS.corrections),
  learnedRules: invoke(CHANNELS.learnedRules),
  setLearnedRule: invoke(CHANNELS.setLearnedRule),
  ruleStats: invoke(CHANNELS.ruleStats),
  restoreRule: invoke(CHANNELS.restoreRule),
  exportCorrections: invoke(CHANNELS.exportCorrections),
  onCommand(listener: (command: MenuCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && command.length <= 64) listener(command as MenuCommand);
    };
    ipcRenderer.on(COMMAND_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(COMMAND_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('verso', bridge);
