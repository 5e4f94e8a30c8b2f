// Tests never load the real electron module (its binary cannot be downloaded here); jest maps
// `electron` to this mock, which records what the main process registers and what the preload
// exposes and sends. Just enough of each API for electron/ to run; a test that starts the app
// takes a fresh copy with jest.isolateModules.
type Handler = (...args: unknown[]) => unknown;
type Listener = (...args: unknown[]) => void;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn);
  }
  off(event: string, fn: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((f) => f !== fn));
    return this;
  }
  removeListener(event: string, fn: Listener) {
    return this.off(event, fn);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
    return (this.listeners.get(event) ?? []).length > 0;
  }
}

// ---- main process ----
export const handlers = new Map<string, Handler>();
export const ipcMain = {
  handle: (channel: string, fn: Handler) => {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, fn);
  },
  removeHandler: (channel: string) => void handlers.delete(channel),
};

class App extends Emitter {
  paths: Record<string, string> = {};
  sandboxed = false;
  quitCalls = 0;
  isPackaged = false;
  getPath(name: string) {
    return this.paths[name] ?? `/tmp/verso-test/${name}`;
  }
  setPath(name: string, value: string) {
    this.paths[name] = value;
  }
  getVersion() {
    return '0.0.0-test';
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    this.quitCalls++;
  }
  enableSandbox() {
    this.sandboxed = true;
  }
  requestSingleInstanceLock() {
    return true;
  }
  setAboutPanelOptions() {}
  showAboutPanel() {}
}
export const app = new App();

export class WebContents extends Emitter {
  sent: Array<{ channel: string; args: unknown[] }> = [];
  url = '';
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
  getURL() {
    return this.url;
  }
  reload() {}
}

export class BrowserWindow extends Emitter {
  static instances: BrowserWindow[] = [];
  static getFocusedWindow(): BrowserWindow | null {
    return null;
  }
  readonly webContents = new WebContents();
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = { x: (options.x as number) ?? 0, y: (options.y as number) ?? 0, width: options.width as number, height: options.height as number };
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    this.webContents.url = url;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return false;
  }
  getNormalBounds() {
    return this.bounds;
  }
  show() {}
  focus() {}
  restore() {}
  isDestroyed() {
    return this.destroyed;
  }
  /** Like Electron: 'close' listeners may preventDefault; otherwise the window goes. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
    }
  }
}

export const menus: unknown[] = [];
export const Menu = {
  buildFromTemplate: (t: unknown) => t,
  setApplicationMenu: (m: unknown) => void menus.push(m),
};
export const dialog = {
  errors: [] as string[],
  showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
  showErrorBox: (title: string, content: string) => void dialog.errors.push(`${title}: ${content}`),
};
export const shell = {};
export const nativeTheme = { themeSource: 'system', shouldUseDarkColors: false };
export const protocols = new Map<string, (request: { url: string }) => Promise<Response>>();
export const protocol = {
  handle: (scheme: string, fn: (request: { url: string }) => Promise<Response>) => void protocols.set(scheme, fn),
};
type Callback = (response: Record<string, unknown>) => void;
export const session = {
  defaultSession: {
    webRequest: {
      beforeRequest: null as null | ((details: { url: string }, cb: Callback) => void),
      headersReceived: null as null | ((details: { url: string; responseHeaders?: Record<string, string[]> }, cb: Callback) => void),
      onBeforeRequest(fn: (details: { url: string }, cb: Callback) => void) {
        this.beforeRequest = fn;
      },
      onHeadersReceived(fn: (details: { url: string; responseHeaders?: Record<string, string[]> }, cb: Callback) => void) {
        this.headersReceived = fn;
      },
    },
    permissionRequest: null as null | Handler,
    permissionCheck: null as null | Handler,
    devicePermission: null as null | Handler,
    setPermissionRequestHandler(fn: Handler) {
      this.permissionRequest = fn;
    },
    setPermissionCheckHandler(fn: Handler) {
      this.permissionCheck = fn;
    },
    setDevicePermissionHandler(fn: Handler) {
      this.devicePermission = fn;
    },
  },
};
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

// ---- preload ----
/** What the preload put on the page: key → value. */
export const exposed = new Map<string, unknown>();
export const contextBridge = {
  exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value),
};

/** Every ipcRenderer.invoke call, in order. */
export const invoked: Array<{ channel: string; args: unknown[] }> = [];
export const rendererListeners = new Map<string, Set<Listener>>();
export const ipcRenderer = {
  invoke: (channel: string, ...args: unknown[]) => {
    invoked.push({ channel, args });
    return Promise.resolve({ ok: true, value: channel });
  },
  on: (channel: string, fn: Listener) => {
    if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
    rendererListeners.get(channel)!.add(fn);
    return ipcRenderer;
  },
  removeListener: (channel: string, fn: Listener) => {
    rendererListeners.get(channel)?.delete(fn);
    return ipcRenderer;
  },
};
/** Delivers a main-to-renderer message to the preload's listeners, as webContents.send would. */
export function emitToRenderer(channel: string, ...args: unknown[]): void {
  for (const fn of rendererListeners.get(channel) ?? []) fn({ sender: ipcRenderer }, ...args);
}
