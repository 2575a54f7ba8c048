import { figureCorrection } from '../corrections/cell';
import type { CorrectionFields } from '../corrections/types';
import type { Field, FundingLine } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { type Check, type CheckContext, countExamined, type RateBase } from './context';
import type { FindingDraft } from './finding';
import { numberOf, show, showReading } from './numbers';
import { asRatio } from './rates';
import { ratioTolerance, roundTo } from './tolerance';

/** A stated 执行率 / 完成率 / 支出率 that is not 执行数 ÷ 预算数. */
export const ratioMismatch: Check<'ratio-mismatch'> = {
  id: 'ratio-mismatch',
  run(ctx: CheckContext): FindingDraft[] {
    const out: FindingDraft[] = [];
    for (const block of ctx.model.fundingBlocks) {
      const f = block.facts;
      const budget = f.budget ?? f.initialBudget;
      // Corrected only where 预算数 and 年初预算数 (when both are stated) give the same rate.
      const bases = [f.budget, f.initialBudget].filter((b): b is NonNullable<typeof b> => numberOf(b) !== null);
      const finding = compare(
        ctx,
        f.rate,
        f.spent,
        budget ? [budget] : [],
        f.rate?.label ?? '',
        f.spent?.label ?? '',
        budget?.label ?? '',
        bases,
      );
      if (finding) out.push(finding);
    }
    for (const table of ctx.model.fundingTables) {
      for (const line of table.lines) {
        const budgets = budgetsFor(line, ctx.rateBase);
        const first = budgets[0];
        const budgetLabel =
          first === line.values.initialBudget ? table.header.initialBudget?.text : table.header.adjustedBudget?.text;
        const finding = compare(
          ctx,
          line.values.rate,
          line.values.spent,
          budgets,
          `${line.label}${table.header.rate?.text.replace(/\s+/g, '') ?? ''}`,
          table.header.spent?.text.replace(/\s+/g, '') ?? '',
          budgetLabel?.replace(/\s+/g, '') ?? '',
        );
        if (finding) out.push(finding);
      }
    }
    return out;
  },
};

function budgetsFor(line: FundingLine, base: RateBase): Field[] {
  const { adjustedBudget, initialBudget } = line.values;
  const list =
    base === 'adjusted' ? [adjustedBudget] : base === 'initial' ? [initialBudget] : [adjustedBudget, initialBudget];
  return list.filter((f): f is Field => f !== undefined && numberOf(f) !== null);
}

function compare(
  ctx: CheckContext,
  rateField: Field | undefined,
  spentField: Field | undefined,
  budgets: Field[],
  label: string,
  spentLabel: string,
  budgetLabel: string,
  bases: Field[] = budgets,
): FindingDraft | null {
  const statedRaw = numberOf(rateField);
  const spent = numberOf(spentField);
  if (!statedRaw || !spent || !rateField || budgets.length === 0) return null;
  const stated = asRatio(statedRaw);
  countExamined(ctx, 'ratio-mismatch');
  let first: { budget: ReadNumber; computed: number } | null = null;
  for (const field of budgets) {
    const budget = numberOf(field) as ReadNumber;
    if (budget.value === 0) continue;
    const computed = spent.value / budget.value;
    if (Math.abs(stated.value - computed) <= ratioTolerance(ctx.tolerance, stated, spent, budget)) return null;
    first ??= { budget, computed };
  }
  if (!first) return null;
  const shownDecimals = stated.percent ? stated.decimals + 2 : stated.decimals;
  const expected = roundTo(first.computed, Math.max(shownDecimals, 2));
  return {
    rule: 'ratio-mismatch',
    severity: 'error',
    at: rateField.cell,
    indicator: label,
    expected,
    actual: stated.value,
    messageKey: 'ratio-mismatch',
    params: {
      label,
      actual: showReading(stated),
      spentLabel: spentLabel || 'term.spent',
      budgetLabel: budgetLabel || 'term.budget',
      spent: showReading(spent),
      budget: showReading(first.budget),
      expected: show(expected, stated.percent ? stated.decimals : shownDecimals, stated.percent),
    },
    ...correctionOf(ctx, rateField, statedRaw, spentField as Field, first.computed, bases),
  };
}

/**
 * A typed 执行率 corrected to 执行数 ÷ 预算数, in the cell's own kind (a percent-formatted number stays a number,
 * "95%" stays text): only where every budget that applies gives that rate.
 */
function correctionOf(
  ctx: CheckContext,
  rateField: Field,
  statedRaw: ReadNumber,
  spentField: Field,
  computed: number,
  bases: Field[],
): CorrectionFields {
  const spent = numberOf(spentField) as ReadNumber;
  const budgets = bases.map((b) => numberOf(b) as ReadNumber);
  if (budgets.length === 0 || budgets.some((b) => b.value === 0)) return {};
  // "98.76" typed without "%" beside an 执行率 reads as a percentage: the corrected figure is typed the same way.
  const scale = asRatio(statedRaw) === statedRaw ? 1 : 100;
  return figureCorrection(ctx.workbook, rateField, {
    value: computed * scale,
    minDecimals: statedRaw.decimals,
    accepts: (n) => {
      const r = asRatio(n);
      return budgets.every(
        (b) => Math.abs(r.value - spent.value / b.value) <= ratioTolerance(ctx.tolerance, r, spent, b),
      );
    },
    dependsOn: [spentField.cell, ...bases.map((b) => b.cell)],
  });
}
