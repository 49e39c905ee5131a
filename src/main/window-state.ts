// Remembers the window's size and position between runs, and never restores it off every screen.

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_VISIBLE = 100;

function isFiniteBounds(b: unknown): b is Bounds {
  if (typeof b !== 'object' || b === null) return false;
  const r = b as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

/** Reads a saved state (untrusted JSON from disk); returns undefined when unusable. */
export function parseWindowState(raw: unknown): WindowState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (!isFiniteBounds(r.bounds)) return undefined;
  return { bounds: r.bounds, maximized: r.maximized === true };
}

/** The bounds to open with: the saved ones when at least a corner of the window lands on a display. */
export function boundsToRestore(saved: WindowState | undefined, displays: Bounds[]): Partial<Bounds> & { width: number; height: number } {
  if (!saved) return { ...DEFAULT_SIZE };
  const { bounds } = saved;
  const visible = displays.some(
    (d) =>
      bounds.x + bounds.width - MIN_VISIBLE >= d.x &&
      bounds.x + MIN_VISIBLE <= d.x + d.width &&
      bounds.y >= d.y - MIN_VISIBLE / 2 &&
      bounds.y + MIN_VISIBLE / 2 <= d.y + d.height,
  );
  const width = Math.max(800, Math.round(bounds.width));
  const height = Math.max(560, Math.round(bounds.height));
  return visible ? { x: Math.round(bounds.x), y: Math.round(bounds.y), width, height } : { width, height };
}
