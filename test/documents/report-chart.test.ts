// Charts as data to SVG to PNG: one bar per value, labelled with its figure (not colour alone), any text
// escaped, and drawn by resvg at the size asked for.
import { describe, expect, it } from 'vitest';
import { nodeRenderPng } from '../../src/cli/report-assets';
import type { ReportChart } from '../../src/core/report/model';
import { CHART_SCALE, chartToSvg } from '../../src/documents/report-docx/chart-svg';

const chart: ReportChart = {
  id: 'c',
  title: 'Training compliance per setting',
  categories: ['Brookfield Infant School', 'St Cuthbert’s <CE> & "Infant" School with a name far too long to print whole', 'Oakridge 🌳'],
  series: [{ label: 'Compliant', tone: 'green', values: [88.5, 71.7, 0], tones: ['amber', 'red', 'red'] }],
  max: 100,
  unit: '%',
  description: 'Compliance: Brookfield 88.5%, St Cuthbert’s 71.7%, Oakridge none.',
};

describe('report charts', () => {
  it('draws a bar per value with its figure beside it, and escapes every label', () => {
    const { svg, width, height } = chartToSvg(chart);
    expect(width).toBe(600);
    expect(height).toBeGreaterThan(3 * 22);
    expect(svg.match(/<rect [^>]*fill="#(B42318|B25E09)"/g)).toHaveLength(2); // the zero draws no bar
    for (const figure of ['88.5%', '71.7%', '0.0%']) expect(svg).toContain(`>${figure}</text>`);
    expect(svg).toMatch(/>St Cuthbert’s &lt;CE&gt; &amp; &quot;Infant&quot; [^<]{1,12}…<\/text>/);
    expect(svg).not.toContain('<CE>');
    expect(svg).toContain('<title>Training compliance per setting</title>');
    expect(svg).toContain('Oakridge 🌳');
  });

  it('is drawn as a PNG of the size asked for', async () => {
    const { svg, width, height } = chartToSvg(chart);
    const png = await (await nodeRenderPng())(svg, width * CHART_SCALE, height * CHART_SCALE);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe(width * CHART_SCALE);
    expect(view.getUint32(20)).toBe(height * CHART_SCALE);
  });
});
