import { textFigureCorrection } from '../corrections/text';
import type { CorrectionFields } from '../corrections/types';
import type { CellRef, Field, FundingKey, FundingLine, WorkbookModel } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { type Check, type CheckContext, countExamined } from './context';
import type { FindingDraft } from './finding';
import type { MessageKey, MessageParams } from '../i18n/catalogue';
import { readExplanationText } from './narrative';
import { numberOf, show, showReading } from './numbers';
import { asRatio } from './rates';
import type { Statement, StatedFigure } from './text-statements';
import { cleanSum, halfUnit, ratioTolerance, roundTo, sumTolerance, type Tolerance } from './tolerance';

/**
 * A figure an existing explanation states that the table or the funding figures contradict: a level's points
 * or score ("（二）管理效率分析（总分为 50 分，自评分为 46.5 分）" against 管理效能's leaves, 47.5), the total
 * score, the execution rate, a funding amount. Only statements whose subject is certain are compared; a figure
 * that matches any reading the sheet allows (a group's leaves or its "（N分）", 预算数 or 年初预算数) passes.
 */
export const narrativeMismatch: Check<'narrative-mismatch'> = {
  id: 'narrative-mismatch',
  run(ctx: CheckContext): FindingDraft[] {
    const { statements } = readExplanationText(ctx);
    return statements.flatMap((s) => {
      switch (s.kind) {
        case 'level':
          return checkLevel(ctx, s);
        case 'total':
          return checkTotal(ctx, s);
        case 'rate':
          return checkRate(ctx, s);
        case 'amount':
          return checkAmount(ctx, s);
      }
    });
  },
};

/** A value the stated figure may be compared with, and the figures it comes from (for the tolerance). */
interface Reference {
  value: number;
  parts: ReadNumber[];
  decimals: number;
}

function sumReference(parts: (ReadNumber | null)[]): Reference | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const known = parts as ReadNumber[];
  return { value: cleanSum(known), parts: known, decimals: Math.max(0, ...known.map((p) => p.decimals)) };
}

function agrees(tol: Tolerance, stated: ReadNumber, ref: Reference): boolean {
  return Math.abs(stated.value - ref.value) <= sumTolerance(tol, stated, ref.parts);
}

function checkLevel(ctx: CheckContext, s: Extract<Statement, { kind: 'level' }>): FindingDraft[] {
  const { level, written, viaSynonym } = s.match;
  const refs = (field: 'points' | 'score'): Reference[] => {
    const leaves = sumReference(level.leaves.map((l) => numberOf(l[field])));
    const stated = (field === 'points' ? level.statedPoints : level.statedScores).map((n) => ({
      value: n.value,
      parts: [n],
      decimals: n.decimals,
    }));
    return [...(leaves ? [leaves] : []), ...stated];
  };
  const verdict = (figure: StatedFigure | null, field: 'points' | 'score') => {
    if (!figure) return null;
    const candidates = refs(field);
    if (candidates.length === 0) return null;
    countExamined(ctx, 'narrative-mismatch');
    return { figure, field, refs: candidates, ok: candidates.some((r) => agrees(ctx.tolerance, figure.value, r)) };
  };
  const points = verdict(s.points, 'points');
  const score = verdict(s.score, 'score');
  // Both wrong: more likely the statement is about something else than the level it names. Not sure: say nothing.
  if (points && score && !points.ok && !score.ok) return [];
  // "总分为 47.5 分" alone, where 47.5 is the level's score: 总分 used for the score, not a wrong figure.
  if (points && !points.ok && !score) {
    const asScore = refs('score');
    if (asScore.some((r) => agrees(ctx.tolerance, points.figure.value, r))) return [];
  }
  const name = viaSynonym ? `${written}（${level.name}）` : level.name;
  const out: FindingDraft[] = [];
  for (const v of [points, score]) {
    if (!v || v.ok) continue;
    const ref = v.refs[0];
    const decimals = ref.decimals;
    out.push(
      mismatch(
        s,
        level.name,
        ref.value,
        v.figure.value.value,
        level.isLeaf ? 'narrative-mismatch.indicator' : 'narrative-mismatch.group',
        {
          name,
          field: `term.${v.field}`,
          actual: showReading(v.figure.value),
          expected: show(ref.value, decimals),
          count: level.leaves.length,
        },
        correctionOf(
          ctx,
          s,
          v.figure,
          ref.value,
          decimals,
          (n) => v.refs.every((r) => agrees(ctx.tolerance, n, r)),
          level.leaves.flatMap((l) => l[v.field]?.cell ?? []),
        ),
      ),
    );
  }
  return out;
}

function checkTotal(ctx: CheckContext, s: Extract<Statement, { kind: 'total' }>): FindingDraft[] {
  const refs: (Reference & { label: string })[] = [];
  for (const table of ctx.model.scoreTables) {
    const label = table.total?.label ?? '合计';
    const stated = numberOf(table.total?.score);
    if (stated) refs.push({ value: stated.value, parts: [stated], decimals: stated.decimals, label });
    const leaves = sumReference(table.indicators.map((i) => numberOf(i.score)));
    if (leaves) refs.push({ ...leaves, label });
  }
  if (refs.length === 0) return [];
  countExamined(ctx, 'narrative-mismatch');
  const stated = s.figure.value;
  if (refs.some((r) => agrees(ctx.tolerance, stated, r))) return [];
  const ref = refs[0];
  const cells = ctx.model.scoreTables.flatMap((t) =>
    [t.total?.score?.cell, ...t.indicators.map((i) => i.score?.cell)].filter((c): c is CellRef => c !== undefined),
  );
  const fix = correctionOf(
    ctx,
    s,
    s.figure,
    ref.value,
    ref.decimals,
    (n) => refs.every((r) => agrees(ctx.tolerance, n, r)),
    cells,
  );
  return [
    mismatch(
      s,
      ref.label,
      ref.value,
      stated.value,
      'narrative-mismatch.total',
      { actual: showReading(stated), expected: show(ref.value, ref.decimals) },
      fix,
    ),
  ];
}

interface RateReference {
  value: number;
  tolerance: number;
  /** Stated in the sheet ("执行率 98.76%") or worked out (执行数 ÷ 预算数). */
  source:
    | { label: string; figure: ReadNumber }
    | { spentLabel: string; spent: ReadNumber; budgetLabel: string; budget: ReadNumber };
}

function checkRate(ctx: CheckContext, s: Extract<Statement, { kind: 'rate' }>): FindingDraft[] {
  const stated = s.figure.value;
  const refs = rateReferences(ctx, stated);
  if (refs.length === 0) return [];
  countExamined(ctx, 'narrative-mismatch');
  if (refs.some((r) => Math.abs(stated.value - r.value) <= r.tolerance)) return [];
  const ref = refs[0];
  const expected = roundTo(ref.value, Math.max(stated.decimals + 2, 2));
  const common = { label: s.label, actual: showReading(stated), expected: show(ref.value, stated.decimals, true) };
  const source = ref.source;
  // Corrected only where every rate the sheet states or implies agrees with the new figure.
  const fix = correctionOf(
    ctx,
    s,
    s.figure,
    ref.value,
    stated.decimals,
    (n) => rateReferences(ctx, n).every((r) => Math.abs(n.value - r.value) <= r.tolerance),
    [],
  );
  return [
    'figure' in source
      ? mismatch(
          s,
          s.label,
          expected,
          stated.value,
          'narrative-mismatch.rate',
          { ...common, source: source.label },
          fix,
        )
      : mismatch(
          s,
          s.label,
          expected,
          stated.value,
          'narrative-mismatch.rate.computed',
          {
            ...common,
            spentLabel: source.spentLabel,
            budgetLabel: source.budgetLabel,
            spent: showReading(source.spent),
            budget: showReading(source.budget),
          },
          fix,
        ),
  ];
}

/** Every execution rate the sheet states or implies: a stated 执行率, 执行数 ÷ 预算数 (either budget), a 支出率 indicator's actual. */
function rateReferences(ctx: CheckContext, stated: ReadNumber): RateReference[] {
  const tol = ctx.tolerance;
  const out: RateReference[] = [];
  const statedRate = (field: Field | undefined, label: string) => {
    const n = numberOf(field);
    if (!n) return;
    const r = asRatio(n);
    out.push({ value: r.value, tolerance: sumTolerance(tol, stated, [r]), source: { label, figure: r } });
  };
  const computed = (
    spentField: Field | undefined,
    budgetField: Field | undefined,
    spentLabel: string,
    budgetLabel: string,
  ) => {
    const spent = numberOf(spentField);
    const budget = numberOf(budgetField);
    if (!spent || !budget || budget.value === 0) return;
    out.push({
      value: spent.value / budget.value,
      tolerance: ratioTolerance(tol, stated, spent, budget),
      source: { spentLabel, spent, budgetLabel, budget },
    });
  };
  for (const block of ctx.model.fundingBlocks) {
    const f = block.facts;
    statedRate(f.rate, f.rate?.label ?? 'term.rate');
    computed(f.spent, f.budget, f.spent?.label ?? 'term.spent', f.budget?.label ?? 'term.budget');
    computed(f.spent, f.initialBudget, f.spent?.label ?? 'term.spent', f.initialBudget?.label ?? 'term.initialBudget');
  }
  for (const table of ctx.model.fundingTables) {
    const line = totalLine(table.lines);
    if (!line) continue;
    const v = line.values;
    const head = (role: 'rate' | 'spent' | 'adjustedBudget' | 'initialBudget', fallback: string) =>
      table.header[role]?.text.replace(/\s+/g, '') || fallback;
    statedRate(v.rate, `${line.label}${head('rate', '')}` || 'term.rate');
    computed(v.spent, v.adjustedBudget, head('spent', 'term.spent'), head('adjustedBudget', 'term.adjustedBudget'));
    computed(v.spent, v.initialBudget, head('spent', 'term.spent'), head('initialBudget', 'term.initialBudget'));
  }
  for (const table of ctx.model.scoreTables) {
    for (const indicator of table.indicators) {
      const name = indicator.path[indicator.path.length - 1] ?? '';
      if (/支出率|执行率/.test(name)) statedRate(indicator.actual, name);
    }
  }
  return out;
}

/** The line of a funding table that stands for the year: its total line, or its only line. */
function totalLine(lines: FundingLine[]): FundingLine | null {
  return lines.find((l) => l.isTotal) ?? (lines.length === 1 ? lines[0] : null);
}

/** 万元 per unit the text may state an amount in. */
const IN_WAN: Record<string, number> = { 万元: 1, 元: 1e-4, 千元: 0.1, 亿元: 1e4 };

function checkAmount(ctx: CheckContext, s: Extract<Statement, { kind: 'amount' }>): FindingDraft[] {
  const refs = amountReferences(ctx.model, s.key);
  if (refs.length === 0) return [];
  countExamined(ctx, 'narrative-mismatch');
  const stated = s.figure.value;
  const statedScale = IN_WAN[stated.unit ?? '万元'] ?? 1;
  const agreesFor =
    (figure: ReadNumber) =>
    (ref: ReadNumber): boolean => {
      const statedWan = figure.value * statedScale;
      const refScale = IN_WAN[ref.unit ?? '万元'] ?? 1;
      // A sheet whose amounts are in 元 without saying so: the text's 万元 figure matches a 10,000-fold one.
      const scales = ref.unit === undefined ? [refScale, 1e-4, 1e4] : [refScale];
      return scales.some((scale) => {
        const tolerance =
          ctx.tolerance.fixed !== null
            ? ctx.tolerance.fixed * statedScale
            : halfUnit(figure) * statedScale + halfUnit(ref) * scale;
        return Math.abs(statedWan - ref.value * scale) <= tolerance + 1e-9;
      });
    };
  if (refs.some((r) => agreesFor(stated)(r.figure))) return [];
  const ref = refs[0].figure;
  const expected = roundTo((ref.value * (IN_WAN[ref.unit ?? '万元'] ?? 1)) / statedScale, 10);
  const unit = stated.unit ?? '';
  const decimals = Math.max(ref.decimals, stated.decimals);
  const fix = correctionOf(
    ctx,
    s,
    s.figure,
    expected,
    decimals,
    (n) => refs.every((r) => agreesFor(n)(r.figure)),
    refs.map((r) => r.cell),
  );
  return [
    mismatch(
      s,
      s.label,
      expected,
      stated.value,
      'narrative-mismatch.amount',
      {
        label: s.label,
        actual: `${showReading(stated)} ${unit}`.trim(),
        expected: `${show(expected, decimals)} ${unit}`.trim(),
        source: refs[0].label,
      },
      fix,
    ),
  ];
}

/** What the sheet holds under a funding key: the funding blocks' facts, a funding table's total line. 预算数 may be either budget. */
function amountReferences(
  model: WorkbookModel,
  key: FundingKey,
): { label: string; figure: ReadNumber; cell: CellRef }[] {
  const keys: FundingKey[] = key === 'budget' ? ['budget', 'initialBudget'] : [key];
  const out: { label: string; figure: ReadNumber; cell: CellRef }[] = [];
  for (const block of model.fundingBlocks) {
    for (const k of keys) {
      const fact = block.facts[k];
      const n = numberOf(fact);
      if (fact && n) out.push({ label: fact.label, figure: n, cell: fact.cell });
    }
  }
  const roles: Partial<Record<FundingKey, ('adjustedBudget' | 'initialBudget' | 'spent')[]>> = {
    budget: ['adjustedBudget', 'initialBudget'],
    initialBudget: ['initialBudget'],
    spent: ['spent'],
  };
  for (const table of model.fundingTables) {
    const line = totalLine(table.lines);
    if (!line) continue;
    for (const role of roles[key] ?? []) {
      const field = line.values[role];
      const n = numberOf(field);
      if (field && n)
        out.push({
          label: `${line.label}${table.header[role]?.text.replace(/\s+/g, '') ?? ''}`,
          figure: n,
          cell: field.cell,
        });
    }
  }
  return out;
}

/** A figure in the text that the sheet contradicts, on the paragraph's cell. */
function mismatch(
  s: Statement,
  indicator: string,
  expected: number,
  actual: number,
  messageKey: MessageKey,
  params: MessageParams,
  fix: CorrectionFields = {},
): FindingDraft {
  return {
    rule: 'narrative-mismatch',
    severity: 'error',
    at: s.line.cell,
    indicator,
    expected,
    actual,
    messageKey,
    params,
    ...fix,
  };
}

/**
 * The paragraph with only this figure replaced by the sheet's, written with `decimals` (more if the check
 * needs them): only where every reading the sheet allows (`accepts`) agrees on it.
 */
function correctionOf(
  ctx: CheckContext,
  s: Statement,
  figure: StatedFigure,
  value: number,
  decimals: number,
  accepts: (n: ReadNumber) => boolean,
  dependsOn: CellRef[],
): CorrectionFields {
  return textFigureCorrection(ctx.workbook, s.line, figure, { value, minDecimals: decimals, accepts, dependsOn });
}
