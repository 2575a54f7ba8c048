/** Short ways to write a form's expectations. */
import type { FormFinding, FormIndicator, Severity } from './types';

function finding(severity: Severity) {
  return (
    rule: string,
    sheet: string,
    cell: string,
    expected: number | string | null | undefined,
    actual: number | string | null | undefined,
    calc: string,
  ): FormFinding => ({
    rule,
    severity,
    sheet,
    cell,
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
    calc,
  });
}

export const error = finding('error');
export const warning = finding('warning');
export const info = finding('info');

/** Every leaf of a drawn indicator block, named by its 三级指标, in table `table`. */
export function leaves(ind: Record<string, { row: number }>, sheet: string, table: number): FormIndicator[] {
  return Object.entries(ind).map(([name, { row }]) => ({ table, sheet, row, name }));
}

/** A `missing-value` warning for each blank score cell of an unfilled form. */
export function blankScores(ind: Record<string, { score: string }>, sheet: string): FormFinding[] {
  return Object.entries(ind).map(([name, { score }]) =>
    warning('missing-value', sheet, score, null, null, `${name}: 得分 left blank on the published form`),
  );
}
