import type { FundingLine } from '../model/types';

/**
 * A funding total may be split twice — by source (其中：财政拨款 / 其他资金) and by nature (基本支出 / 项目支出) — and
 * 基本支出 once more into 人员经费 / 公用经费. Each breakdown adds up to its own total; these pick one of them, as
 * marked when the funding table was read.
 */

/** The lines that split by source: those marked as no other breakdown. */
export function bySource(lines: readonly FundingLine[]): FundingLine[] {
  return lines.filter((l) => l.breakdown === undefined);
}

/** The lines that split by nature (基本支出 / 项目支出). */
export function byNature(lines: readonly FundingLine[]): FundingLine[] {
  return lines.filter((l) => l.breakdown === 'nature');
}

/** The parts of the line at `index` of the table's lines (基本支出's 人员经费 / 公用经费), among `lines`. */
export function partsOf(lines: readonly FundingLine[], index: number): FundingLine[] {
  return lines.filter((l) => l.breakdown === 'basicPart' && l.partOf === index);
}
