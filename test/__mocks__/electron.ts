// Tests never load the real electron module (its binary cannot be downloaded here); jest maps
// `electron` to this mock, which records what the main process registers.
type Handler = (...args: unknown[]) => unknown;
export const handlers = new Map<string, Handler>();
export const ipcMain = {
  handle: (channel: string, fn: Handler) => void handlers.set(channel, fn),
  removeHandler: (channel: string) => void handlers.delete(channel),
};
export const app = {
  getPath: (_name: string) => '/tmp/verso-test',
  whenReady: () => Promise.resolve(),
  on: () => undefined,
  quit: () => undefined,
};
export const contextBridge = { exposeInMainWorld: () => undefined };
export const ipcRenderer = { invoke: () => Promise.resolve(undefined) };
export class BrowserWindow {}
export const Menu = { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined };
export const dialog = {};
export const shell = {};
