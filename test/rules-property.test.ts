/**
 * Property tests of the scoring rules on generated target tables (no .xlsx: WorkbookData in memory):
 *   指标名称 | 指标性质 | 指标值 | 完成值 | 分值 | 得分
 * with 1–20 indicators, each 正向 or 反向, positive targets and actuals written as numbers (or number
 * text), percentages as "95%" text or as 0.95 with a percent format, the operator sometimes in the target
 * cell too ("≥95%"), points of 1–20 (whole or with one decimal).
 *
 * (a) Every score the rule's own (proportional: min(actual ÷ target, 1) × points for 正向, min(target ÷
 *     actual, 1) × points for 反向, actual 0 → points), rounded to 2 decimals → no score-mismatch.
 * (b) One score moved away from its rule's by more than the tolerance → exactly that score cell gets
 *     score-mismatch.
 *
 * Runs are bounded and seeded: FC_SEED / FC_RUNS override (fast-check prints the seed and the
 * counterexample's path on failure; rerun with them to reproduce).
 */
import fc from 'fast-check';
import { checkWorkbook } from '../src/core/check';
import type { RawCell, WorkbookData } from '../src/core/grid/types';

const RUNS = Number(process.env.FC_RUNS ?? 200);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : 20250115;
const params = { numRuns: RUNS, seed: SEED };

const SHEET = '目标表';
const HEADER = ['指标名称', '指标性质', '指标值', '完成值', '分值', '得分'];
const SCORE_COL = 'F'; // 得分 is the sixth column; indicator i sits on sheet row i + 2

type Nature = '正向' | '反向';

/** One generated indicator: its figures as written, and as the rules read them (percentages as ratios). */
interface Indicator {
  nature: Nature;
  percent: boolean;
  /** Target and actual as written: hundredths of the unit (of a percent, when `percent`). */
  targetHundredths: number;
  actualHundredths: number;
  /** Writes the operator into the target cell too ("≥95%"), agreeing with the nature. */
  operatorInTarget: boolean;
  /** Writes a plain number as text ("123.45") instead of a number. */
  numberAsText: boolean;
  /** Writes a percentage as a number with a percent format (0.955 shown as 95.50%) instead of "95.5%". */
  targetPercentFormat: boolean;
  actualPercentFormat: boolean;
  points: number;
}

const indicatorArb: fc.Arbitrary<Indicator> = fc.record({
  nature: fc.constantFrom<Nature>('正向', '反向'),
  percent: fc.boolean(),
  targetHundredths: fc.integer({ min: 1, max: 1_000_000 }),
  // Mostly positive, sometimes 0 (反向: full points; 正向: none).
  actualHundredths: fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1, max: 1_000_000 }) },
    { weight: 1, arbitrary: fc.constant(0) },
  ),
  operatorInTarget: fc.boolean(),
  numberAsText: fc.boolean(),
  targetPercentFormat: fc.boolean(),
  actualPercentFormat: fc.boolean(),
  points: fc.oneof(
    fc.integer({ min: 1, max: 20 }),
    fc.integer({ min: 10, max: 200 }).map((n) => n / 10),
  ),
});

/** "9550" hundredths of a percent → "95.5%"; of a plain unit → 95.5. */
const written = (hundredths: number): string => String(hundredths / 100);

/** The value a rule reads: percentages as ratios (95.5% → 0.955), read the way a person reads the text. */
function valueOf(hundredths: number, percent: boolean): number {
  const n = Number(written(hundredths));
  return percent ? n / 100 : n;
}

/** The rule's score, unrounded (the brief §4 formulas for 正向 / 反向, capped at the points). */
function ruleScore(ind: Indicator): number {
  const target = valueOf(ind.targetHundredths, ind.percent);
  const actual = valueOf(ind.actualHundredths, ind.percent);
  if (ind.nature === '正向') return Math.min(actual / target, 1) * ind.points;
  if (actual === 0) return ind.points;
  return Math.min(target / actual, 1) * ind.points;
}

/** Rounded to 2 decimals as a person (or Excel's ROUND) does it, from the figure's exact decimal value. */
const round2 = (x: number): number => Number(x.toFixed(2));

const PERCENT_FORMAT = '0.00%';

function targetCell(ind: Indicator): RawCell {
  const op = ind.operatorInTarget ? (ind.nature === '正向' ? '≥' : '≤') : '';
  if (op === '' && ind.percent && ind.targetPercentFormat)
    return { value: valueOf(ind.targetHundredths, true), format: PERCENT_FORMAT };
  const text = `${op}${written(ind.targetHundredths)}${ind.percent ? '%' : ''}`;
  if (op === '' && !ind.percent && !ind.numberAsText) return { value: Number(text) };
  return { value: text };
}

function actualCell(ind: Indicator): RawCell {
  const text = written(ind.actualHundredths);
  if (ind.percent && ind.actualPercentFormat)
    return { value: valueOf(ind.actualHundredths, true), format: PERCENT_FORMAT };
  if (ind.percent) return { value: `${text}%` };
  return ind.numberAsText ? { value: text } : { value: Number(text) };
}

function workbookOf(inds: Indicator[], scores: number[]): WorkbookData {
  const cells: (RawCell | undefined)[][] = [HEADER.map((h) => ({ value: h }))];
  inds.forEach((ind, i) => {
    cells.push([
      { value: `任务${i + 1}` },
      { value: ind.nature },
      targetCell(ind),
      actualCell(ind),
      { value: ind.points },
      { value: scores[i] },
    ]);
  });
  return { sheets: [{ name: SHEET, cells, merges: [] }] };
}

const scoreCell = (i: number): string => `${SCORE_COL}${i + 2}`;

function describeCase(inds: Indicator[], scores: number[]): string {
  return inds
    .map(
      (ind, i) =>
        `${scoreCell(i)} ${ind.nature} target=${JSON.stringify(targetCell(ind).value)} actual=${JSON.stringify(actualCell(ind).value)} points=${ind.points} rule=${ruleScore(ind)} stated=${scores[i]}`,
    )
    .join('\n');
}

const tableArb = fc.array(indicatorArb, { minLength: 1, maxLength: 20 });

describe('scoring rules: generated target tables (generic pack)', () => {
  test('(a) scores equal to their rule’s, rounded to 2 decimals, never give score-mismatch', () => {
    fc.assert(
      fc.property(tableArb, (inds) => {
        const scores = inds.map((ind) => round2(ruleScore(ind)));
        const result = checkWorkbook(workbookOf(inds, scores), { rules: 'generic' });
        const mismatches = result.findings.filter((f) => f.rule === 'score-mismatch');
        const unverified = result.findings.filter((f) => f.rule === 'rule-not-verified');
        if (mismatches.length > 0 || unverified.length > 0) {
          throw new Error(
            [
              'expected no score-mismatch and no rule-not-verified; got:',
              ...[...mismatches, ...unverified].map(
                (f) => `  ${f.rule} ${f.cell} expected=${f.expected} actual=${f.actual} — ${f.message}`,
              ),
              'table:',
              describeCase(inds, scores),
            ].join('\n'),
          );
        }
        // The table was read as generated: one indicator per row, every score where we put it.
        expect(result.model.scoreTables[0]?.indicators.map((i) => i.score?.cell.address)).toEqual(
          inds.map((_, i) => scoreCell(i)),
        );
      }),
      params,
    );
  });

  test('(b) one score moved beyond the tolerance gives score-mismatch on that cell only', () => {
    const moveArb = fc.oneof(
      // A slip of a few hundredths either way …
      fc.record({ kind: fc.constant('near' as const), hundredths: fc.integer({ min: 1, max: 5 }), up: fc.boolean() }),
      // … or any other 2-decimal score within the points.
      fc.record({ kind: fc.constant('any' as const), share: fc.integer({ min: 0, max: 10_000 }) }),
    );
    fc.assert(
      fc.property(tableArb, fc.nat(), moveArb, (inds, pick, move) => {
        const i = pick % inds.length;
        const scores = inds.map((ind) => round2(ruleScore(ind)));
        const rule = ruleScore(inds[i]);
        const points = inds[i].points;
        const moved =
          move.kind === 'near'
            ? round2(scores[i] + ((move.up ? 1 : -1) * move.hundredths) / 100)
            : round2((move.share / 10_000) * points);
        // Within [0, points] (else it is a score-out-of-range case), and more than the tolerance away
        // from the rule's score both unrounded and rounded.
        fc.pre(moved >= 0 && moved <= points);
        fc.pre(Math.abs(moved - rule) >= 0.006 && moved !== scores[i]);
        scores[i] = moved;

        const result = checkWorkbook(workbookOf(inds, scores), { rules: 'generic' });
        const mismatches = result.findings.filter((f) => f.rule === 'score-mismatch');
        const ok =
          mismatches.length === 1 &&
          mismatches[0].cell === scoreCell(i) &&
          mismatches[0].sheet === SHEET &&
          typeof mismatches[0].expected === 'number' &&
          // The rule's score rounded to 2 decimals (either way at a tie the float cannot tell).
          Math.abs(mismatches[0].expected - rule) <= 0.005 + 1e-9 &&
          Math.abs(mismatches[0].expected * 100 - Math.round(mismatches[0].expected * 100)) < 1e-6 &&
          mismatches[0].actual === moved &&
          mismatches[0].severity === 'error';
        if (!ok) {
          throw new Error(
            [
              `expected exactly one score-mismatch at ${scoreCell(i)} (expected ${round2(rule)}, actual ${moved}); got:`,
              ...mismatches.map(
                (f) => `  ${f.severity} ${f.cell} expected=${f.expected} actual=${f.actual} — ${f.message}`,
              ),
              'table:',
              describeCase(inds, scores),
            ].join('\n'),
          );
        }
      }),
      params,
    );
  });
});

describe('scoring rules: tolerance and pack choice on a small table', () => {
  // 90 ÷ 95 × 10 = 9.4737 (9.47); 反向 5 ÷ 8 × 10 = 6.25; the first stated 9.5, 0.0263 off.
  const inds: Indicator[] = [
    {
      nature: '正向',
      percent: true,
      targetHundredths: 9500,
      actualHundredths: 9000,
      operatorInTarget: true,
      numberAsText: false,
      targetPercentFormat: false,
      actualPercentFormat: true,
      points: 10,
    },
    {
      nature: '反向',
      percent: true,
      targetHundredths: 500,
      actualHundredths: 800,
      operatorInTarget: false,
      numberAsText: false,
      targetPercentFormat: false,
      actualPercentFormat: false,
      points: 10,
    },
  ];
  const wb = workbookOf(inds, [9.5, 6.25]);
  const mismatchCells = (options: Parameters<typeof checkWorkbook>[1]) =>
    checkWorkbook(wb, options)
      .findings.filter((f) => f.rule === 'score-mismatch')
      .map((f) => f.cell);

  test('the default tolerance (2 decimals) flags a score 0.03 off', () => {
    expect(mismatchCells({ rules: 'generic' })).toEqual(['F2']);
  });

  test('--tolerance 0.05 accepts it; --tolerance 0.01 does not', () => {
    expect(mismatchCells({ rules: 'generic', tolerance: 0.05 })).toEqual([]);
    expect(mismatchCells({ rules: 'generic', tolerance: 0.01 })).toEqual(['F2']);
  });

  test('without a pack named, a table of no 广州 unit is checked by the generic rules', () => {
    expect(mismatchCells({})).toEqual(['F2']);
  });

  test('the unmet targets are reported on the actuals, as ratios', () => {
    const unmet = checkWorkbook(wb, { rules: 'generic' }).findings.filter((f) => f.rule === 'target-not-met');
    expect(unmet.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      ['D2', expect.closeTo(0.95, 9), expect.closeTo(0.9, 9)],
      ['D3', expect.closeTo(0.05, 9), expect.closeTo(0.08, 9)],
    ]);
    expect(unmet.every((f) => f.severity === 'warning')).toBe(true);
  });
});
