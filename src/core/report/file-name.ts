import { sanitiseLine } from './sanitise';

/** The name a report is offered under: "Safeguarding report - Autumn term LGB - 2026-12-02.docx". */
export function reportFileName(parts: string[], date: string): string {
  const stem = [...parts, date]
    .map((p) => sanitiseLine(p).replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' - ');
  const short = Array.from(stem).slice(0, 120).join('').replace(/[\s.]+$/, '');
  return `${short || 'Report'}.docx`;
}
