import { numberOf } from '../checks/numbers';
import { asRatio } from '../checks/rates';
import type { FundingLine, FundingTable } from '../model/types';

/** The line of a funding table that carries its score: the 年度资金总额 line, else the first. */
export function scoredFundingLine(table: FundingTable): FundingLine | undefined {
  return table.lines.find((l) => l.isTotal) ?? table.lines[0];
}

/**
 * A funding line's 执行率: 执行数 ÷ 全年预算数 (调整后预算数) where that is a figure other than 0, else ÷ 年初预算数
 * (四川: "预算执行率=预算执行数/调整后预算数"; 年初 0 and 调整后 3.36 is 100%, never a division by zero);
 * the rate as typed where neither budget divides.
 */
export function fundingLineRate(line: FundingLine | undefined): number | null {
  if (!line) return null;
  const spent = numberOf(line.values.spent);
  for (const field of [line.values.adjustedBudget, line.values.initialBudget]) {
    const budget = numberOf(field);
    if (spent && budget && budget.value !== 0) return spent.value / budget.value;
  }
  const stated = numberOf(line.values.rate);
  return stated ? asRatio(stated).value : null;
}
