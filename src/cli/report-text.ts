import type { CheckResult } from '../core/check';
import type { CheckJson } from '../core/output/json';
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
    const form = table.form ? `，${t(lang, `report.form.${table.form}`)}` : '';
    const orientation =
      table.kind === 'score' ? `（${t(lang, `report.orientation.${table.orientation}`)}${form}）` : '';
    lines.push(`  ${kind} ${table.sheet}!${table.range}${orientation}`);
  }
  if (json.total) {
    // The total is the primary table's (the department form where there is one): count its indicators only.
    const primary = primaryTable(json);
    const count = primary === null ? json.indicators.length : json.indicators.filter((i) => i.table === primary).length;
    lines.push(t(lang, 'report.total', { score: json.total.score ?? '?', points: json.total.points ?? '?', count }));
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
  if (json.workbookRules?.used)
    lines.push(
      t(lang, 'report.workbook-rules', { name: json.workbookRules.pack ?? '', sheet: json.workbookRules.sheet }),
    );
  const textFigures = examined['narrative-mismatch'] ?? 0;
  if (textFigures > 0) lines.push(t(lang, 'report.examined.text', { count: textFigures }));
  lines.push(t(lang, 'report.counts', counts));
  if (counts.error === 0 && counts.warning === 0) lines.push(t(lang, 'report.clean'));
  // A list of targets goes with the table it belongs to (the sample's 绩效目标): it opens no section of its own.
  const scoreTables = json.tables.flatMap((table, i) =>
    table.kind === 'score' && table.form !== 'targets' ? [i] : [],
  );
  if (scoreTables.length <= 1) {
    lines.push(...bySeverity(json.findings, lang, ''));
    return `${lines.join('\n')}\n`;
  }
  // Several tables (a department's 部门整体 form and its project forms): each with its total and findings.
  for (const index of scoreTables) {
    const table = json.tables[index];
    const count = json.indicators.filter((i) => i.table === index).length;
    const form = t(lang, `report.form.${table.form ?? 'index'}`);
    const key = table.total ? 'report.tableSection' : 'report.tableSection.targets';
    const total = table.total ?? { score: null, points: null };
    lines.push(
      '',
      t(lang, key, {
        form,
        sheet: table.sheet,
        range: table.range,
        score: total.score ?? '?',
        points: total.points ?? '?',
        count,
      }),
    );
    lines.push(
      ...bySeverity(
        json.findings.filter((f) => f.table === index),
        lang,
        '  ',
      ),
    );
  }
  const other = json.findings.filter((f) => f.table === null || f.table === undefined);
  if (other.length > 0) lines.push('', t(lang, 'report.otherFindings'), ...bySeverity(other, lang, '  '));
  return `${lines.join('\n')}\n`;
}

/** The index in tables[] of the table the top-level total is: the department form, else the first scored table. */
function primaryTable(json: CheckJson): number | null {
  const scored = json.tables.flatMap((t, i) => (t.kind === 'score' ? [{ t, i }] : []));
  const pick = scored.find((s) => s.t.form === 'department') ?? scored.find((s) => s.t.form !== 'targets') ?? scored[0];
  return pick ? pick.i : null;
}

/** Findings under 错误 / 警告 / 提示, each with its cell, message and rule id. */
function bySeverity(findings: CheckJson['findings'], lang: Lang, indent: string): string[] {
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    lines.push(indent ? `${indent}${t(lang, `severity.${severity}`)}` : `\n${t(lang, `severity.${severity}`)}`);
    const found = findings.filter((f) => f.severity === severity);
    if (found.length === 0) lines.push(`${indent}  ${t(lang, 'report.none')}`);
    for (const f of found) lines.push(`${indent}  ${f.sheet}!${f.cell}  ${f.message}  [${f.rule}]`);
  }
  return lines;
}
