/** Figures in a rule's formula, as a reviewer writes them: up to 4 decimals, percentages with %. */
export function fig(n: number, percent = false): string {
  const v = percent ? n * 100 : n;
  const s = String(Math.round(v * 10000) / 10000);
  return percent ? `${s}%` : s;
}

export function capped(raw: number, points: number): number {
  return Math.max(0, Math.min(raw, points));
}
