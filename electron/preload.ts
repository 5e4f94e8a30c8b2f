// The one bridge between the sandboxed renderer and the main process: named methods only,
// never ipcRenderer itself.
import { contextBridge } from 'electron';

contextBridge.exposeInMainWorld('verso', { version: 1 });
