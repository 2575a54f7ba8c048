import { type Finding, SEVERITY_ORDER } from '../checks/finding';
import type { Lang } from '../i18n/catalogue';
import type { CheckJson } from './json';

/** One input file of a batch: checked (its JSON and the unit and year read from it), or not checkable and why. */
export type BatchEntry =
  | { status: 'checked'; file: string; path: string; unit: string | null; year: number | null; json: CheckJson }
  | { status: 'unreadable'; file: string; path: string; reason: string };

/** A summary line per file: what a finance bureau scans to see which departments' sheets need attention. */
export interface SummaryRow {
  /** The file's name, as shown; `path` is where it was read from. */
  file: string;
  path: string;
  status: BatchEntry['status'];
  /** Why the file could not be checked (the same sentence as on stderr); null when it was checked. */
  reason: string | null;
  unit: string | null;
  year: number | null;
  score: number | null;
  points: number | null;
  errors: number;
  warnings: number;
  /** `deduction` findings: the scores below their points, each a shortfall the department must explain. */
  deductions: number;
  /** The most severe finding (the first of that severity in the sheet's order), or null. */
  worst: Finding | null;
  /** Every finding, in the check's order (the summary's second sheet lists them all). */
  findings: Finding[];
}

/**
 * The rows, most urgent first: files that could not be checked, then those with errors, warnings, notes
 * only, none; within each, by file name (collated for the language: pinyin order for Chinese names).
 */
export function summaryRows(entries: BatchEntry[], lang: Lang): SummaryRow[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  return entries
    .map(toRow)
    .sort((a, b) => urgency(a) - urgency(b) || collator.compare(a.file, b.file) || collator.compare(a.path, b.path));
}

/** The CLI's exit code for a batch, as for its worst file: 2 if one could not be checked, else 1 on an error finding, else 0. */
export function batchExitCode(entries: BatchEntry[]): 0 | 1 | 2 {
  if (entries.some((e) => e.status === 'unreadable')) return 2;
  return entries.some((e) => e.status === 'checked' && e.json.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function toRow(entry: BatchEntry): SummaryRow {
  const base = { file: entry.file, path: entry.path };
  if (entry.status === 'unreadable') {
    return {
      ...base,
      status: 'unreadable',
      reason: entry.reason,
      unit: null,
      year: null,
      score: null,
      points: null,
      errors: 0,
      warnings: 0,
      deductions: 0,
      worst: null,
      findings: [],
    };
  }
  const { findings, total } = entry.json;
  return {
    ...base,
    status: 'checked',
    reason: null,
    unit: entry.unit,
    year: entry.year,
    score: total?.score ?? null,
    points: total?.points ?? null,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    deductions: findings.filter((f) => f.rule === 'deduction').length,
    worst: findings.reduce<Finding | null>(
      (w, f) => (w === null || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w.severity] ? f : w),
      null,
    ),
    findings,
  };
}

/** 0 not checked, 1–3 by the worst finding's severity, 4 nothing found. */
function urgency(row: SummaryRow): number {
  if (row.status === 'unreadable') return 0;
  return row.worst === null ? 4 : 1 + SEVERITY_ORDER[row.worst.severity];
}
