// The preload through the electron mock: exactly the ReviewApi methods plus onCommand, each
// forwarding to its own channel; ipcRenderer never reaches the page. And the bundle that ships
// (scripts/build-preload.js settings) needs nothing but 'electron'.
import * as path from 'path';
import { buildSync } from 'esbuild';
import type * as ElectronMock from '../__mocks__/electron';
import { CHANNELS, COMMAND_CHANNEL, type DesktopBridge, type MenuCommand } from '../../src/shared/api';

let mock: typeof ElectronMock;
let exposed: typeof ElectronMock.exposed;
let invoked: typeof ElectronMock.invoked;
const emitToRenderer = (channel: string, ...args: unknown[]) => mock.emitToRenderer(channel, ...args);

/** A fresh preload over a fresh mock (the preload runs once per page). */
function loadPreload(): DesktopBridge {
  jest.isolateModules(() => {
    mock = require('electron');
    require('../../electron/preload');
  });
  ({ exposed, invoked } = mock);
  return exposed.get('verso') as DesktopBridge;
}

describe('preload bridge', () => {
  it('exposes only window.verso, with one method per channel and onCommand', () => {
    const bridge = loadPreload();
    expect([...exposed.keys()]).toEqual(['verso']);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(CHANNELS), 'onCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('ipcRenderer');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
  });

  it('forwards each method to its own channel with its arguments', async () => {
    const bridge = loadPreload();
    const bytes = new Uint8Array([1, 2]);
    await bridge.decodeFile('a.txt', bytes);
    await bridge.dictionary('fr');
    await bridge.platform();
    for (const method of Object.keys(CHANNELS) as Array<keyof typeof CHANNELS>) {
      await (bridge[method] as (...a: unknown[]) => Promise<unknown>)('arg');
    }
    expect(invoked.slice(0, 3)).toEqual([
      { channel: CHANNELS.decodeFile, args: ['a.txt', bytes] },
      { channel: CHANNELS.dictionary, args: ['fr'] },
      { channel: CHANNELS.platform, args: [] },
    ]);
    expect(invoked.slice(3).map((c) => c.channel)).toEqual(Object.values(CHANNELS));
  });

  it('delivers menu commands without the IPC event, and stops when asked', () => {
    const bridge = loadPreload();
    const got: unknown[][] = [];
    const stop = bridge.onCommand((...args) => got.push(args));
    emitToRenderer(COMMAND_CHANNEL, 'nextIssue' satisfies MenuCommand);
    emitToRenderer(COMMAND_CHANNEL, { evil: true });
    emitToRenderer(COMMAND_CHANNEL, 'x'.repeat(100));
    emitToRenderer('verso:other', 'accept');
    stop();
    emitToRenderer(COMMAND_CHANNEL, 'accept');
    expect(got).toEqual([['nextIssue']]);
    expect(() => bridge.onCommand('not a function' as never)).toThrow(TypeError);
  });
});

describe('preload bundle', () => {
  it('bundles into one file that requires only electron', () => {
    const out = buildSync({
      entryPoints: [path.join(__dirname, '..', '..', 'electron', 'preload.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      external: ['electron'],
      write: false,
    });
    const code = out.outputFiles[0].text;
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    expect(code).toContain(CHANNELS.decodeFile);
    expect(code).toContain(COMMAND_CHANNEL);
  });
});
