// Page geometry and text helpers shared by the docx writer. All sizes in twips (1/20 pt) unless named.
import type { ReportModel, ReportSection } from '../../core/report/model';

/** A4 with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134, headerFooter: 567 } as const;

export function textWidth(orientation: 'portrait' | 'landscape'): number {
  return (orientation === 'portrait' ? PAGE.width : PAGE.height) - 2 * PAGE.margin;
}

/** Twips to CSS pixels (96 to the inch), the unit docx's images take. */
export function twipsToPx(twips: number): number {
  return Math.floor((twips / 1440) * 96);
}

/** Consecutive report sections of one orientation: each becomes one Word section (a page-size change needs a section break). */
export interface SectionRun {
  orientation: 'portrait' | 'landscape';
  sections: ReportSection[];
}

export function orientationRuns(model: ReportModel): SectionRun[] {
  const runs: SectionRun[] = [];
  for (const section of model.sections) {
    const last = runs[runs.length - 1];
    if (last && last.orientation === section.orientation) last.sections.push(section);
    else runs.push({ orientation: section.orientation, sections: [section] });
  }
  return runs;
}

/** Shares `total` twips among columns in proportion to their relative widths; the parts add up to `total` exactly. */
export function shareWidths(relative: number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + Math.max(b, 0.1), 0);
  const widths = relative.map((w) => Math.floor((Math.max(w, 0.1) / sum) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += rest;
  return widths;
}
