// Charts to PNG in the app: the browser draws the chart's SVG (as an image from a blob: URL) on a canvas.
// No WebAssembly, so the app's Content Security Policy stays `script-src 'self'`. It runs on the page,
// not in the report worker: workers cannot decode SVG images. The PNGs then go to the worker with the model.
import type { ReportModel } from '../../../core/report/model';
import { reportCharts } from '../../../core/report/model';
import { CHART_SCALE, chartToSvg } from '../../../documents/report-docx/chart-svg';
import type { RenderPng } from '../../../documents/report-docx/chart-png';

export const canvasRenderPng: RenderPng = async (svg, width, height) => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the report’s charts');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('A chart of the report could not be drawn');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};

/** Every chart of the model drawn, keyed by its SVG (what the document writer will ask for). */
export async function drawCharts(model: ReportModel): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  for (const chart of reportCharts(model)) {
    const { svg, width, height } = chartToSvg(chart);
    out.push([svg, await canvasRenderPng(svg, width * CHART_SCALE, height * CHART_SCALE)]);
  }
  return out;
}
