// The chart rasteriser for Node: resvg's WebAssembly and the Liberation Sans fonts that ship with
// pdfjs-dist, read from node_modules. Used by the CLI, the tests and the benchmarks (the app draws its
// charts with the browser's canvas instead: src/renderer/features/reports/canvas-png.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createResvgRenderer, type RenderPng } from '../documents/report-docx/chart-png';

const require = createRequire(__filename);

export const CHART_FONT_FILES = ['pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf', 'pdfjs-dist/standard_fonts/LiberationSans-Bold.ttf'];

export async function nodeRenderPng(): Promise<RenderPng> {
  const [wasm, ...fonts] = await Promise.all([
    readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')),
    ...CHART_FONT_FILES.map((f) => readFile(require.resolve(f))),
  ]);
  return createResvgRenderer({ wasm: new Uint8Array(wasm!), fonts: fonts.map((f) => new Uint8Array(f)) });
}
