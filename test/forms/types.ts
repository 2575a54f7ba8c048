/**
 * What a form of the corpus is and what the check must make of it. Every expectation is worked out by
 * hand from the figures typed in the form (each finding carries its calculation in `calc`), never taken
 * from the engine's output.
 *
 * Conventions for where a finding sits (the cell a reviewer would look at):
 * - a wrong 总分 / 合计 / "(N分)": the stated figure (the 总分 row's 分值 or 得分 cell; for "(N分)" in a
 *   caption or a first-level name, the cell holding that text — a merged area's top-left cell);
 * - a funding breakdown: the total row's cell in the column that does not add up;
 * - a 执行率 that is not 执行数 ÷ 预算数: the stated rate cell;
 * - a score its rule does not give (funding or indicator): the score cell;
 * - an unmet target: the actual's cell; a missing value: the empty cell.
 */

export type Form = 'project' | 'department' | 'index' | 'targets';
export type Severity = 'error' | 'warning' | 'info';

export interface FormFinding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address without sheet or `$`. */
  cell: string;
  expected?: number | string | null;
  actual?: number | string | null;
  /** The hand calculation behind it, one line. */
  calc: string;
}

/** A finding the check may or may not report: neither required nor counted as false (each says why). */
export interface Tolerated {
  rule: string;
  sheet: string;
  cell: string;
  why: string;
}

/** A score table (kind `score` in the JSON), in the order the JSON lists them (sheet order, top to bottom). */
export interface FormTable {
  sheet: string;
  form: Form;
  /** Stated 总分 / 合计 (funding points included), or the sum where none is stated; null for a target-only table. */
  total: { points: number | null; score: number | null } | null;
}

/** One leaf indicator: found on its row, named by its own 三级指标 (the last level), in table `table` (index into `tables`). */
export interface FormIndicator {
  table: number;
  sheet: string;
  row: number;
  name: string;
}

/** One document of the 自评表说明 (a workbook with several tables gets one per table). */
export interface FormReportDoc {
  /** Every fragment must be in one `# ` title line of the Markdown. */
  title: string[];
}

export interface FormReport {
  docs: FormReportDoc[];
  /** Unit and project names typed in the sheet that must appear in the report. */
  names: string[];
}

export interface FormSpec {
  /** File name without extension. */
  name: string;
  /** One line: which form, which variant, which slips. */
  description: string;
  /** The published form it was typed from (title and address). */
  source: string;
  build(): Promise<Buffer>;
  expect: {
    tables: FormTable[];
    /** The top-level `total`: the department table's where there is one, else the first score table's. */
    total: { points: number | null; score: number | null } | null;
    /** ALL leaf indicators. */
    indicators: FormIndicator[];
    /** ALL error and warning findings, and any info finding the form means (target-far-exceeded). */
    findings: FormFinding[];
    /** Every `deduction` (score below points), by score cell; no other. */
    deductions: { sheet: string; cell: string }[];
    tolerated?: Tolerated[];
    report: FormReport;
  };
}
