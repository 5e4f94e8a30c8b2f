// Which ReviewApi the page talks to: the desktop bridge when the preload exposed one, the local
// HTTP server otherwise. Tests pass their own (see memory.ts).
import type { ReviewApi } from '../../shared/api';
import { createElectronApi, hasElectronBridge } from './electron';
import { createHttpApi } from './http';

export function choosePlatform(w: Window = window): ReviewApi {
  if (hasElectronBridge(w)) return createElectronApi(w.verso as ReviewApi);
  return createHttpApi('');
}

export type { ReviewApi };
