import type { Finding } from '../checks/finding';
import { type Lang, t } from '../i18n/catalogue';
import type { OutCell, OutSheet } from './types';

const HEADERS: Record<Lang, string[]> = {
  'zh-CN': ['级别', '指标', '工作表', '单元格', '说明', '应为', '实际', '检查项'],
  'en-US': ['Severity', 'Indicator', 'Sheet', 'Cell', 'Message', 'Expected', 'Actual', 'Check'],
};

/** The 检查结果 sheet: one row per finding, its cell a link to the cell, as a filterable table. */
export function findingsSheet(findings: Finding[], name: string, lang: Lang): OutSheet {
  const rows: OutCell[][] = [HEADERS[lang].map((value) => ({ value, style: 'columnHeader' as const }))];
  for (const f of findings) {
    rows.push([
      { value: t(lang, `severity.${f.severity}`).replace(/[sS]$/, ''), style: f.severity },
      { value: f.indicator, style: 'plain' },
      { value: f.sheet, style: 'plain' },
      { value: f.cell, style: 'link', link: { sheet: f.sheet, address: f.cell } },
      { value: f.message, style: 'plain' },
      { value: f.expected, style: 'plain' },
      { value: f.actual, style: 'plain' },
      { value: f.rule, style: 'plain' },
    ]);
  }
  return {
    role: 'findings',
    name,
    columnWidths: [8, 16, 14, 8, 70, 10, 10, 22],
    rows,
    table: 'scoresheet_findings',
    freezeRows: 1,
  };
}
