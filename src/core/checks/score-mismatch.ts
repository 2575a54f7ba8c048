import { capped, fig } from '../rules/format';
import { fundingRate, scoredFundingLine } from '../rules/funding-rate';
import { RULE_KINDS } from '../rules/kinds/index';
import { originWords, RULE_ORIGINS } from '../rules/messages';
import { roundTo } from './tolerance';
import { type Check, type CheckContext, countExamined, indicatorName } from './context';
import type { FindingDraft } from './finding';
import { numberOf, show, showReading } from './numbers';

/** A stated score that its rule (the sheet's 评分标准 or the pack's) does not give. */
export const scoreMismatch: Check<'score-mismatch'> = {
  id: 'score-mismatch',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    const decimals = ctx.rules.pack.scoreDecimals;
    const tol = (ctx.tolerance.fixed ?? 0.5 * 10 ** -decimals) + 1e-9;
    for (const { indicator, rule, outcome } of ctx.rules.results) {
      const stated = numberOf(indicator.score);
      if (!rule || !outcome || outcome.computed === null || !stated || !indicator.score) continue;
      countExamined(ctx, 'score-mismatch');
      const low = (outcome.low ?? outcome.computed) - tol;
      const high = (outcome.high ?? outcome.computed) + tol;
      if (stated.value >= low && stated.value <= high) continue;
      const expected = roundTo(outcome.computed, decimals);
      const name = indicatorName(indicator);
      out.push({
        rule: 'score-mismatch',
        severity: 'error',
        at: indicator.score.cell,
        indicator: name,
        expected,
        actual: stated.value,
        messageKey: 'score-mismatch',
        params: {
          indicator: name,
          actual: showReading(stated),
          expected: show(expected, decimals),
          kind: RULE_KINDS[rule.spec.kind].nameKey,
          origin: originWords(rule.origin),
          formula: outcome.formula,
        },
      });
    }
    out.push(...subLineScores(ctx, tol, decimals));
    return out;
  },
};

/**
 * 贵州's form repeats 分值 10 / 得分 10 on the funding block's sub-lines (基本支出, 项目支出). They are not parts
 * of the total, but a sub-line whose own 执行率 gives less than the score it repeats is worth a warning.
 */
function subLineScores(ctx: CheckContext, tol: number, decimals: number): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const table of ctx.model.scoreTables) {
    if (!table.funding || !table.indicators.some((i) => i.source === 'funding')) continue;
    const scored = scoredFundingLine(table.funding);
    for (const line of table.funding.lines) {
      if (line === scored || line.isTotal) continue;
      const points = numberOf(line.values.points);
      const stated = numberOf(line.values.score);
      const rate = fundingRate({ ...table.funding, lines: [line] });
      if (!points || !stated || !line.values.score || rate === null) continue;
      countExamined(ctx, 'score-mismatch');
      const computed = capped(rate * points.value, points.value);
      if (stated.value <= computed + tol) continue;
      const expected = roundTo(computed, decimals);
      out.push({
        rule: 'score-mismatch',
        severity: 'warning',
        at: line.values.score.cell,
        indicator: line.label,
        expected,
        actual: stated.value,
        messageKey: 'score-mismatch',
        params: {
          indicator: line.label,
          actual: showReading(stated),
          expected: show(expected, decimals),
          kind: RULE_KINDS.rate.nameKey,
          origin: RULE_ORIGINS.form,
          formula: `${fig(rate, true)} × ${fig(points.value)} = ${fig(computed)}`,
        },
      });
    }
  }
  return out;
}
