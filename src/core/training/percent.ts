// How compliance percentages read, everywhere (training screens, governor reports): one decimal place,
// and the same red / amber / green bands. Shared so a report never disagrees with the screen.

export const COMPLIANCE_BANDS = { redBelow: 80, amberBelow: 95 } as const;

/** 87.5 -> "87.5%", 100 -> "100.0%". */
export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** Under 80% is behind (red), under 95% needs attention (amber); null means nothing is required. */
export function complianceBand(
  percent: number | null,
  bands: { redBelow: number; amberBelow: number } = COMPLIANCE_BANDS,
): 'red' | 'amber' | 'green' | 'grey' {
  if (percent === null) return 'grey';
  return percent < bands.redBelow ? 'red' : percent < bands.amberBelow ? 'amber' : 'green';
}
