// Charts reach Word as PNG. The document writer takes the rasteriser as a parameter, so each place uses
// what it has: in the app, the browser's own canvas draws the chart's SVG (no WebAssembly, so the strict
// Content Security Policy stands: see src/renderer/features/reports/canvas-png.ts); in Node (the command
// line, tests, benchmarks) resvg draws it, compiled to WebAssembly, with the Liberation Sans fonts that
// ship in pdfjs-dist, so nothing depends on the fonts of the machine.
import { CHART_FONT_FAMILY } from './chart-svg';

/** Draws an SVG as a PNG of `width` × `height` pixels. */
export type RenderPng = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export interface ResvgAssets {
  /** resvg's .wasm: its bytes or a compiled module. */
  wasm: ArrayBuffer | Uint8Array | WebAssembly.Module;
  /** TrueType fonts (regular and bold). */
  fonts: Uint8Array[];
}

let initialised: Promise<void> | null = null;

/** A rasteriser for Node: resvg (Rust, as WebAssembly). Loaded on first use. */
export async function createResvgRenderer(assets: ResvgAssets): Promise<RenderPng> {
  const resvg = await import('@resvg/resvg-wasm');
  // The module can be initialised once per process; later renderers share it.
  initialised ??= resvg.initWasm(assets.wasm).catch((error: unknown) => {
    initialised = null;
    throw new Error(`The chart renderer could not start: ${(error as Error).message}`);
  });
  await initialised;
  if (assets.fonts.length === 0) throw new Error('The chart renderer needs at least one font');
  return async (svg, width) => {
    const renderer = new resvg.Resvg(svg, {
      font: { fontBuffers: assets.fonts, defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
      fitTo: { mode: 'width', value: width },
      background: '#ffffff',
    });
    try {
      const image = renderer.render();
      try {
        return image.asPng();
      } finally {
        image.free();
      }
    } finally {
      renderer.free();
    }
  };
}
