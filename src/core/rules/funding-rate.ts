import { numberOf } from '../checks/numbers';
import { asRatio } from '../checks/rates';
import type { FundingLine, FundingTable } from '../model/types';
import { byNature, bySource } from '../locate/funding-breakdowns';

/** The line of a funding table that carries its score: the 年度资金总额 line, else the first. */
export function scoredFundingLine(table: FundingTable): FundingLine | undefined {
  return table.lines.find((l) => l.isTotal) ?? table.lines[0];
}

type Amounts = { spent: number | null; adjusted: number | null; initial: number | null };

/**
 * The 执行率 a funding block's score follows: 执行数 ÷ 全年预算数 (调整后预算数) where that is a figure other
 * than 0, else ÷ 年初预算数 (四川: "预算执行率=预算执行数/调整后预算数"; 年初 0 and 调整后 3.36 is 100%, never a
 * division by zero). A total line left at 0 / 0 / 0 over parts that hold the money (棠溪 2022) is a slip of its
 * own (breakdown-mismatch); the score is then judged by its parts' sums. The rate as typed where nothing divides.
 */
export function fundingRate(table: FundingTable): number | null {
  const line = scoredFundingLine(table);
  if (!line) return null;
  const own = amountsOf([line]);
  const zero = (n: number | null) => n === null || n === 0;
  if (zero(own.spent) && zero(own.adjusted) && zero(own.initial)) {
    // One breakdown's sums, never all the lines (by source, else by nature; 基本支出's own parts aside).
    const rest = table.lines.filter((l) => l !== line && !l.isTotal);
    const sources = amountsOf(bySource(rest));
    const parts = sources.spent !== null ? sources : amountsOf(byNature(rest));
    const rate = divide(parts);
    if (rate !== null && (parts.spent ?? 0) > 0) return rate;
  }
  const rate = divide(own);
  if (rate !== null) return rate;
  const stated = numberOf(line.values.rate);
  return stated ? asRatio(stated).value : null;
}

function divide(a: Amounts): number | null {
  if (a.spent === null) return null;
  for (const budget of [a.adjusted, a.initial]) if (budget !== null && budget !== 0) return a.spent / budget;
  return null;
}

/** The lines' 执行数, 全年预算数 and 年初预算数 summed, each null where no line gives a figure. */
function amountsOf(lines: FundingLine[]): Amounts {
  const sum = (key: 'spent' | 'adjustedBudget' | 'initialBudget') => {
    let total: number | null = null;
    for (const l of lines) {
      const n = numberOf(l.values[key]);
      if (n) total = (total ?? 0) + n.value;
    }
    return total;
  };
  return { spent: sum('spent'), adjusted: sum('adjustedBudget'), initial: sum('initialBudget') };
}
