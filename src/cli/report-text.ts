import type { CheckResult } from '../core/check';
import type { CheckJson } from '../core/report/json';
import type { Severity } from '../core/checks/finding';
import { type Lang, t } from '../core/i18n/catalogue';
import { basename } from 'node:path';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The readable report: tables found, the total, then findings grouped by severity. */
export function renderText(json: CheckJson, lang: Lang, result: Pick<CheckResult, 'examined' | 'rules'>): string {
  const { examined } = result;
  const lines: string[] = [t(lang, 'report.title', { file: basename(json.file) }), t(lang, 'report.tables')];
  for (const table of json.tables) {
    const kind = t(lang, `report.table.${table.kind}`);
    const orientation = table.kind === 'score' ? `（${t(lang, `report.orientation.${table.orientation}`)}）` : '';
    lines.push(`  ${kind} ${table.sheet}!${table.range}${orientation}`);
  }
  if (json.total) {
    lines.push(t(lang, 'report.total', { score: json.total.score ?? '?', points: json.total.points ?? '?', count: json.indicators.length }));
  }
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, json.findings.filter((f) => f.severity === s).length]));
  lines.push(
    t(lang, 'report.examined', {
      sums: examined['sum-mismatch'] ?? 0,
      breakdowns: examined['breakdown-mismatch'] ?? 0,
      rates: examined['ratio-mismatch'] ?? 0,
      scores: examined['score-mismatch'] ?? 0,
      pack: result.rules.pack.name,
    }),
  );
  const textFigures = examined['narrative-mismatch'] ?? 0;
  if (textFigures > 0) lines.push(t(lang, 'report.examined.text', { count: textFigures }));
  lines.push(t(lang, 'report.counts', counts));
  if (counts.error === 0 && counts.warning === 0) lines.push(t(lang, 'report.clean'));
  for (const severity of SEVERITIES) {
    lines.push('', t(lang, `severity.${severity}`));
    const found = json.findings.filter((f) => f.severity === severity);
    if (found.length === 0) lines.push(`  ${t(lang, 'report.none')}`);
    for (const f of found) lines.push(`  ${f.sheet}!${f.cell}  ${f.message}  [${f.rule}]`);
  }
  return `${lines.join('\n')}\n`;
}
