import type { Severity } from '../checks/finding';
import { type Lang, type MessageKey, t } from '../i18n/catalogue';
import type { SummaryRow } from './batch-summary';
import { displayWidth } from './display-width';

export type TableValue = string | number | null;

/** A sheet of plain values under one header row; the adapter writes text as text and numbers as numbers. */
export interface SheetTable {
  name: string;
  columns: { header: string; width: number }[];
  rows: TableValue[][];
}

type Column = [MessageKey, (row: SummaryRow, lang: Lang) => TableValue];

const FILE_COLUMNS: Column[] = [
  ['summary.col.file', (r) => r.file],
  ['summary.col.unit', (r) => r.unit],
  ['summary.col.year', (r) => r.year],
  ['summary.col.status', (r, lang) => t(lang, `summary.status.${r.status}`)],
  ['summary.col.reason', (r) => r.reason],
  ['summary.col.score', (r) => r.score],
  ['summary.col.points', (r) => r.points],
  ['summary.col.errors', (r) => (r.status === 'checked' ? r.errors : null)],
  ['summary.col.warnings', (r) => (r.status === 'checked' ? r.warnings : null)],
  ['summary.col.deductions', (r) => (r.status === 'checked' ? r.deductions : null)],
  ['summary.col.worst-severity', (r, lang) => (r.worst ? severityLabel(r.worst.severity, lang) : null)],
  ['summary.col.worst-rule', (r) => r.worst?.rule ?? null],
  ['summary.col.worst-cell', (r) => (r.worst ? `${r.worst.sheet}!${r.worst.cell}` : null)],
  ['summary.col.worst-message', (r) => r.worst?.message ?? null],
  ['summary.col.path', (r) => r.path],
];

const FINDING_HEADERS: MessageKey[] = [
  'summary.col.file',
  'summary.col.unit',
  'summary.col.severity',
  'summary.col.rule',
  'summary.col.sheet',
  'summary.col.cell',
  'summary.col.indicator',
  'summary.col.expected',
  'summary.col.actual',
  'summary.col.message',
];

/** Column widths in Excel's character units: fit the longest value, within reason (long messages are cut off by the next cell, not wrapped). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/**
 * The batch summary as two sheets: one line per file (in the rows' order), and every finding of every
 * file checked, file by file in the same order.
 */
export function summaryTables(rows: SummaryRow[], lang: Lang): SheetTable[] {
  const files = table(
    t(lang, 'summary.sheet.files'),
    FILE_COLUMNS.map(([key]) => t(lang, key)),
    rows.map((row) => FILE_COLUMNS.map(([, value]) => value(row, lang))),
  );
  const findings = table(
    t(lang, 'summary.sheet.findings'),
    FINDING_HEADERS.map((key) => t(lang, key)),
    rows.flatMap((row) =>
      row.findings.map((f) => [
        row.file,
        row.unit,
        severityLabel(f.severity, lang),
        f.rule,
        f.sheet,
        f.cell,
        f.indicator,
        f.expected,
        f.actual,
        f.message,
      ]),
    ),
  );
  return [files, findings];
}

function severityLabel(severity: Severity, lang: Lang): string {
  return t(lang, `summary.severity.${severity}`);
}

function table(name: string, headers: string[], rows: TableValue[][]): SheetTable {
  const columns = headers.map((header, c) => {
    // The header's filter button takes about two characters.
    const widest = rows.reduce(
      (w, r) => (r[c] === null ? w : Math.max(w, displayWidth(String(r[c])))),
      displayWidth(header) + 2,
    );
    return { header, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2)) };
  });
  return { name, columns, rows };
}
