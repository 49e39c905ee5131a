// A report chart as SVG: horizontal bars, one row per category, value labels at the bar ends and a
// legend, so nothing is told by colour alone. The same SVG is shown in the app's preview and
// rasterised to PNG for Word (chart-png.ts), so both show the same picture.
import type { ReportChart } from '../../core/report/model';
import { sanitiseLine } from '../../core/report/sanitise';
import { INK, MUTED, RULE, TONE_STRONG } from './palette';

export const CHART_FONT_FAMILY = 'Liberation Sans';

/** Charts print at the SVG's size; they are drawn at twice that so they stay sharp on paper. */
export const CHART_SCALE = 2;

export interface ChartSvg {
  svg: string;
  /** Size in CSS pixels (96 to the inch): how large the image is meant to print. */
  width: number;
  height: number;
}

const WIDTH = 600;
const ROW = 22;
const BAR = 14;
const TOP_PAD = 8;
const AXIS = 24;
const LABEL_CHARS = 34;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Long names are cut with an ellipsis (the table beside the chart has them in full). */
function label(text: string): string {
  const clean = sanitiseLine(text);
  const chars = Array.from(clean);
  return chars.length <= LABEL_CHARS ? clean : `${chars.slice(0, LABEL_CHARS - 1).join('').trimEnd()}…`;
}

function formatValue(value: number, unit: string): string {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toLocaleString('en-GB')}${unit}`;
}

/** Gridlines at round values: quarters of 100%, or a 1-2-5 step for counts. */
function ticks(max: number, unit: string): number[] {
  if (max <= 0) return [0];
  let step: number;
  if (unit === '%' && max === 100) step = 25;
  else {
    const raw = max / 4;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const norm = raw / magnitude;
    step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
  }
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v * 1000) / 1000);
  return out;
}

export function chartToSvg(chart: ReportChart): ChartSvg {
  const stacked = chart.series.length > 1;
  const legendHeight = stacked ? 24 : 0;
  const labelWidth = 220;
  const valueWidth = 56;
  const plotLeft = labelWidth + 8;
  const plotWidth = WIDTH - plotLeft - valueWidth;
  const rows = chart.categories.length;
  const plotTop = TOP_PAD + legendHeight;
  const plotHeight = Math.max(rows, 1) * ROW;
  const height = plotTop + plotHeight + AXIS;
  const max = chart.max > 0 ? chart.max : 1;
  const x = (v: number) => plotLeft + (Math.max(0, Math.min(v, max)) / max) * plotWidth;
  const parts: string[] = [];
  parts.push(`<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`);

  if (stacked) {
    let lx = plotLeft;
    for (const s of chart.series) {
      const text = escapeXml(label(s.label));
      parts.push(`<rect x="${lx}" y="${TOP_PAD + 2}" width="12" height="12" fill="#${TONE_STRONG[s.tone]}"/>`);
      parts.push(`<text x="${lx + 16}" y="${TOP_PAD + 12}" font-size="12" fill="#${INK}">${text}</text>`);
      lx += 16 + Math.min(label(s.label).length, 30) * 7 + 18;
    }
  }

  for (const t of ticks(max, chart.unit)) {
    const gx = x(t);
    parts.push(`<line x1="${gx}" y1="${plotTop}" x2="${gx}" y2="${plotTop + plotHeight}" stroke="#${RULE}" stroke-width="1"/>`);
    parts.push(`<text x="${gx}" y="${plotTop + plotHeight + 16}" font-size="11" text-anchor="middle" fill="#${MUTED}">${escapeXml(formatValue(t, chart.unit))}</text>`);
  }

  chart.categories.forEach((category, i) => {
    const y = plotTop + i * ROW;
    const barY = y + (ROW - BAR) / 2;
    parts.push(`<text x="${labelWidth}" y="${y + ROW / 2 + 4}" font-size="12" text-anchor="end" fill="#${INK}">${escapeXml(label(category))}</text>`);
    let start = 0;
    for (const s of chart.series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const tone = s.tones?.[i] ?? s.tone;
      const x0 = x(start);
      const x1 = x(start + value);
      parts.push(`<rect x="${x0}" y="${barY}" width="${Math.max(x1 - x0, 1)}" height="${BAR}" fill="#${TONE_STRONG[tone]}"/>`);
      start += value;
    }
    const value = chart.unit === '%' ? `${start.toFixed(1)}%` : formatValue(start, chart.unit);
    parts.push(`<text x="${x(start) + 4}" y="${y + ROW / 2 + 4}" font-size="12" font-weight="bold" fill="#${INK}">${escapeXml(value)}</text>`);
  });
  parts.push(`<line x1="${plotLeft}" y1="${plotTop}" x2="${plotLeft}" y2="${plotTop + plotHeight}" stroke="#${MUTED}" stroke-width="1"/>`);

  const title = escapeXml(sanitiseLine(chart.title));
  const desc = escapeXml(sanitiseLine(chart.description));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}, Arial, Helvetica, sans-serif" role="img">` +
    `<title>${title}</title><desc>${desc}</desc>${parts.join('')}</svg>`;
  return { svg, width: WIDTH, height };
}
