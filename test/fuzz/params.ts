import type { RenderedTable } from '../../bench/fuzz/render-table';

/** Bounded, seeded runs; FC_SEED and FC_RUNS override (fast-check prints both on a failure). */
export function fuzzParams(runs: number): { numRuns: number; seed: number } {
  return {
    numRuns: process.env.FC_RUNS !== undefined ? Number(process.env.FC_RUNS) : runs,
    seed: process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20251126,
  };
}

/** The generated sheet as a text grid, for failure messages. */
export function describeTable(table: RenderedTable): string {
  const { spec } = table;
  const sheet = table.workbook.sheets[0];
  const lines = [
    `${spec.orientation}, ${spec.levels} levels, names ${spec.nameStyle}, group points ${spec.groupPoints}, subtotals ${spec.subtotals}, numbers ${spec.numberStyle}`,
    `merges: ${sheet.merges.map((m) => `${m.top},${m.left}-${m.bottom},${m.right}`).join(' ')}`,
  ];
  sheet.cells.forEach((row, r) => {
    if (row) lines.push(`${r + 1}: ${Array.from(row, (c) => (c ? JSON.stringify(c.value) : '·')).join(' | ')}`);
  });
  return lines.join('\n');
}
