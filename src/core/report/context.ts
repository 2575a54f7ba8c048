/** What every part of one report looks up: the check's findings by cell, each indicator's scoring rule, names and groups. */

import type { CheckResult } from '../check';
import type { Finding, CheckId } from '../checks/finding';
import type { Field, Indicator } from '../model/types';
import type { RuleResult } from '../rules/evaluate';
import type { Templates } from './template';

/** Everything one report reads: the check's findings by cell, each indicator's rule. */
export interface Context {
  result: CheckResult;
  templates: Templates;
  byIndicator: Map<Indicator, RuleResult>;
  findings: Map<string, Finding[]>;
}

export function findingsByCell(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

export function findingAt(ctx: Context, field: Field | null | undefined, rule: CheckId): Finding | undefined {
  return field
    ? ctx.findings.get(`${field.cell.sheet}!${field.cell.address}`)?.find((f) => f.rule === rule)
    : undefined;
}

export function leafName(ind: Indicator): string {
  return ind.path[ind.path.length - 1] ?? '';
}

export function groupBy(indicators: Indicator[], level: number): Map<string, Indicator[]> {
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const key = ind.path[level] ?? ind.path[ind.path.length - 1];
    const list = groups.get(key);
    if (list) list.push(ind);
    else groups.set(key, [ind]);
  }
  return groups;
}
