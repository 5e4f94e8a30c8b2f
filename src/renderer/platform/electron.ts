// ReviewApi on the desktop: the preload exposes `window.verso` with exactly the ReviewApi
// methods, each forwarding to one IPC channel. Nothing to translate here; the bridge object is
// checked once so a missing method fails with a clear message instead of "undefined is not a function".
import type { ReviewApi } from '../../shared/api';
import { CHANNELS } from '../../shared/api';

declare global {
  interface Window {
    verso?: ReviewApi;
  }
}

export const API_METHODS = Object.keys(CHANNELS) as Array<keyof ReviewApi>;

export function hasElectronBridge(w: { verso?: unknown } = window): boolean {
  const v = w.verso as Record<string, unknown> | undefined;
  return Boolean(v && typeof v === 'object' && typeof v.decodeFile === 'function');
}

export function createElectronApi(bridge: ReviewApi = window.verso as ReviewApi): ReviewApi {
  const api = {} as Record<keyof ReviewApi, unknown>;
  for (const method of API_METHODS) {
    const fn = (bridge as unknown as Record<string, unknown>)[method];
    api[method] =
      typeof fn === 'function'
        ? (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args)
        : async () => ({ ok: false, code: 'unavailable', message: `The desktop bridge has no ${method}().` });
  }
  return api as unknown as ReviewApi;
}
