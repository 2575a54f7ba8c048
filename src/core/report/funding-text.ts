/** The report's funding: which block or table a report states, its 收支情况 sentences, and the scored funding line. */

import { numberOf, show } from '../checks/numbers';
import type {
  Field,
  FundingKey,
  FundingLine,
  FundingTable,
  Indicator,
  ScoreTable,
  WorkbookModel,
} from '../model/types';
import type { ReadNumber } from '../parse/number';
import { leafName } from './context';
import { figure } from './indicator-text';
import { fill, type Templates } from './template';
import { byNature, bySource, partsOf } from '../locate/funding-breakdowns';

/** The funding a report states: the table's own block, else (for a department) the workbook's. */
export interface Funding {
  facts: Partial<Record<FundingKey, Field>>;
  table: FundingTable | null;
}

export function fundingOf(model: WorkbookModel, table: ScoreTable | undefined): Funding {
  const own =
    table?.funding ??
    // Until a table names its funding block, the funding table just above it on its sheet is taken for it.
    model.fundingTables
      .filter((f) => table && f.sheet === table.sheet && f.area.bottom < table.area.top)
      .sort((a, b) => b.area.bottom - a.area.bottom)[0] ??
    null;
  const facts: Partial<Record<FundingKey, Field>> = {};
  if (!own && table?.form !== 'project') Object.assign(facts, model.fundingBlocks[0]?.facts ?? {});
  const source = own ?? (table?.form === 'project' ? null : (model.fundingTables[0] ?? null));
  const totalLine = source ? (source.lines.find((l) => l.isTotal) ?? source.lines[0]) : undefined;
  if (totalLine) {
    facts.initialBudget ??= totalLine.values.initialBudget;
    facts.budget ??= totalLine.values.adjustedBudget ?? totalLine.values.initialBudget;
    facts.spent ??= totalLine.values.spent;
    facts.rate ??= totalLine.values.rate;
  }
  return { facts, table: source };
}

function amount(n: ReadNumber): string {
  return show(n.value, n.decimals);
}

/** （二）部门整体收支情况, in the seed's phrasing, from the funding block (or a funding table's total row). */
export function fundingText(
  funding: Funding,
  templates: Templates,
  subject: string,
  year: number | string,
): string | null {
  const get = (key: FundingKey) => numberOf(funding.facts[key]);
  const budget = get('budget') ?? get('initialBudget');
  const spent = get('spent');
  if (!budget || !spent) return null;
  const t = templates.funding;
  const stated = get('rate');
  let rate: string | null = null;
  if (budget.value === 0) rate = null;
  else if (stated)
    rate = show(
      stated.value > 1.5 && !stated.percent ? stated.value / 100 : stated.value,
      stated.percent ? stated.decimals : 2,
      true,
    );
  else if (budget.value !== 0) rate = show(spent.value / budget.value, 2, true);
  const values = { unit: subject, year, budget: amount(budget), spent: amount(spent), rate: rate ?? '' };
  const parts: string[] = [fill(rate === null ? t.budgetNoRate : t.budget, values)];
  const list = (keys: FundingKey[]) =>
    keys.flatMap((k) => (get(k) ? [fill(t[k as keyof typeof t], { value: amount(get(k) as ReadNumber) })] : []));
  const sources = list(['sourceGeneral', 'sourceFund', 'sourceStateCapital', 'sourceOther']);
  if (sources.length) parts.push(fill(t.sources, { parts: sources.join('，') }));
  const nature = list(['basic', 'project']);
  if (nature.length) parts.push(fill(t.nature, { parts: nature.join('，') }));
  const carryover = get('carryover');
  if (carryover) parts.push(fill(t.carryover, { carryover: amount(carryover) }));
  const lines = funding.table?.lines.filter((l) => !l.isTotal && numberOf(l.values.spent)?.value) ?? [];
  if (lines.length && sources.length === 0 && nature.length === 0) {
    const say = (l: FundingLine) =>
      fill(t.line, {
        label: l.label.replace(/^其中[:：]?/, ''),
        value: amount(numberOf(l.values.spent) as ReadNumber),
      });
    const all = funding.table?.lines ?? [];
    const natureLines = byNature(lines);
    if (natureLines.length === 0) parts.push(fill(t.lines, { parts: lines.map(say).join('，') }));
    else {
      // By source, then by nature, 基本支出's own 人员经费 / 公用经费 with it: never one list of every line.
      const sourceLines = bySource(lines);
      if (sourceLines.length) parts.push(fill(t.sources, { parts: sourceLines.map(say).join('，') }));
      const withParts = (l: FundingLine) => {
        const own = partsOf(lines, all.indexOf(l));
        return say(l) + (own.length ? fill(t.lineParts, { parts: own.map(say).join('，') }) : '');
      };
      parts.push(fill(t.nature, { parts: natureLines.map(withParts).join('，') }));
    }
  }
  return parts.join('');
}

/** The funding block's scored line (年度资金总额 / 预算执行率 with 分值 and 得分), where no indicator stands for it. */
/** The scored funding line of a national form: the table's indicator for it, or (until it is one) the block's total line. */
export interface FundingScore {
  label: string;
  points: Field | null | undefined;
  score: Field | null | undefined;
  line: FundingLine | undefined;
  /** The table's own indicator for the line (source 'funding'), already a row of the results table. */
  indicator?: Indicator;
}

export function fundingScore(table: ScoreTable, funding: Funding): FundingScore | null {
  const line = funding.table?.lines.find((l) => l.isTotal && numberOf(l.values.points));
  const indicator = table.indicators.find((i) => i.source === 'funding');
  if (indicator)
    return {
      label: leafName(indicator),
      points: indicator.points,
      score: indicator.score,
      line: line ?? funding.table?.lines.find((l) => l.isTotal),
      indicator,
    };
  return line ? { label: line.label, points: line.values.points, score: line.values.score, line } : null;
}

/** The funding line's figures as typed: 年初预算数, 全年预算数, 全年执行数 and 执行率. */
export function fundingLineText(line: FundingLine, t: Templates): string {
  const parts = (['initialBudget', 'adjustedBudget', 'spent', 'rate'] as const).flatMap((role) => {
    const value = figure(line.values[role]);
    return value && numberOf(line.values[role]) ? [fill(t.fundingFigures[role], { value })] : [];
  });
  return parts.length ? fill(t.fundingLine, { label: line.label, parts: parts.join('，') }) : '';
}
