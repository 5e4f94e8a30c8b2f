// Where the review window opens: where it was last closed (size, position, maximised), as long as
// that place is still on a screen; otherwise the default size, centred by the system.
import type { WindowState } from './services/settings';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1400, height: 900, maximized: false };

/** At least this much of the title bar must be on a screen for a saved position to be used. */
const MIN_VISIBLE = 80;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The saved state made safe for the screens there are now. */
export function restoredWindow(saved: WindowState | null, workAreas: Rect[]): WindowState {
  if (!saved) return { ...DEFAULT_WINDOW };
  const largest = workAreas.reduce((m, a) => ({ width: Math.max(m.width, a.width), height: Math.max(m.height, a.height) }), { width: 0, height: 0 });
  const width = largest.width ? Math.min(saved.width, largest.width) : saved.width;
  const height = largest.height ? Math.min(saved.height, largest.height) : saved.height;
  const out: WindowState = { width, height, maximized: saved.maximized };
  if (saved.x !== undefined && saved.y !== undefined) {
    const titleBar: Rect = { x: saved.x, y: saved.y, width, height: 40 };
    const visible = workAreas.some((a) => {
      const o = overlap(titleBar, a);
      return o.width >= Math.min(MIN_VISIBLE, width) && o.height > 0;
    });
    if (visible) {
      out.x = saved.x;
      out.y = saved.y;
    }
  }
  return out;
}
