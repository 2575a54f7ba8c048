/**
 * What a check of a consistent generated table must give: one score table, every leaf with its path,
 * points and score where they were written, and no finding of severity error.
 */
import type { CheckResult } from '../../src/core/check';
import type { Field } from '../../src/core/model/types';
import { numberOf } from '../../src/core/checks/numbers';
import type { RenderedTable } from './render-table';

/** Each way the reading differs from the table as generated; empty when it is read exactly. */
export function readBackProblems(table: RenderedTable, result: CheckResult): string[] {
  const problems: string[] = [];
  const tables = result.model.scoreTables;
  if (tables.length !== 1) problems.push(`${tables.length} score tables found, not 1`);
  const read = tables[0]?.indicators ?? [];
  if (read.length !== table.leaves.length)
    problems.push(`${read.length} indicators read, ${table.leaves.length} generated`);
  table.leaves.forEach((leaf, i) => {
    const ind = read[i];
    if (!ind) return;
    if (ind.path.join('/') !== leaf.path.join('/'))
      problems.push(`leaf ${i}: path ${ind.path.join('/')}, not ${leaf.path.join('/')}`);
    problems.push(...fieldProblems(`leaf ${i} points`, ind.points, leaf.pointsAt.address, leaf.points));
    problems.push(...fieldProblems(`leaf ${i} score`, ind.score, leaf.scoreAt.address, leaf.score));
  });
  for (const f of result.findings) {
    if (f.severity === 'error') problems.push(`error finding ${f.rule} at ${f.sheet}!${f.cell}: ${f.message}`);
  }
  return problems;
}

function fieldProblems(what: string, field: Field | null, address: string, hundredths: number): string[] {
  const out: string[] = [];
  if (field?.cell.address !== address)
    out.push(`${what}: read at ${field?.cell.address ?? 'nowhere'}, written at ${address}`);
  const n = numberOf(field);
  if (!n || Math.round(n.value * 100) !== hundredths)
    out.push(`${what}: read ${n?.value ?? 'no number'}, written ${hundredths / 100}`);
  return out;
}
