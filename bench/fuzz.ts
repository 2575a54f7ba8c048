/**
 * The fuzzing at bench scale, on the generators the tests use (bench/fuzz/): how many slips of each
 * kind the check finds at the right cell, whether any random workbook makes it throw (in memory and
 * through an .xlsx), and whether any consistent table is misread. Seeded: the same figures every run.
 *
 *   node lib/bench/fuzz.js [cases per kind] [random grids]      (npm run bench runs it too)
 */
import fc from 'fast-check';
import { checkWorkbook } from '../src/core/check';
import { readWorkbook } from '../src/xlsx/read';
import { CORRUPTION_KINDS, corrupt, corruptionArb, type CorruptionKind, detected } from './fuzz/corrupt';
import { randomWorkbookArb } from './fuzz/random-grid';
import { readBackProblems } from './fuzz/read-back';
import { renderTable } from './fuzz/render-table';
import { tableSpecArb } from './fuzz/table-spec';
import { toXlsx } from './fuzz/to-xlsx';

const SEED = 20251126;

export interface FuzzFigures {
  /** `before`: of the first `controls` cases, how many had the expected finding before the slip (a detector that always fires would). */
  kinds: {
    kind: CorruptionKind;
    cases: number;
    found: number;
    redrawn: number;
    missed: string[];
    controls: number;
    before: number;
  }[];
  grids: { cases: number; threw: number; viaXlsx: number; threwViaXlsx: number; firstThrow: string | null };
  tables: { cases: number; misread: number; firstProblem: string | null };
  seconds: number;
}

/** Draws until `count` values pass `keep`, in seeded batches. */
function draw<T, U>(
  arb: fc.Arbitrary<T>,
  count: number,
  seed: number,
  keep: (value: T) => U | null,
): { kept: U[]; redrawn: number } {
  const kept: U[] = [];
  let redrawn = 0;
  for (let batch = 0; kept.length < count; batch++) {
    for (const value of fc.sample(arb, { numRuns: Math.min(1000, count), seed: seed + batch })) {
      const u = keep(value);
      if (u === null) redrawn++;
      else if (kept.length < count) kept.push(u);
    }
  }
  return { kept, redrawn };
}

export async function runFuzz(
  casesPerKind = 10_000,
  grids = 2_000,
  viaXlsx = 200,
  tables = 2_000,
  controls = 1_000,
): Promise<FuzzFigures> {
  const t0 = performance.now();
  const kinds = CORRUPTION_KINDS.map((kind, k) => {
    const arb = fc.tuple(tableSpecArb, corruptionArb([kind]));
    const { kept, redrawn } = draw(arb, casesPerKind, SEED + 1000 * k, ([spec, c]) => {
      const table = renderTable(spec);
      const slip = corrupt(table, c);
      return slip && { slip, original: table.workbook };
    });
    const missed: string[] = [];
    let found = 0;
    let before = 0;
    kept.forEach(({ slip, original }, i) => {
      if (detected(checkWorkbook(slip.workbook), slip.expected)) found++;
      else if (missed.length < 3) missed.push(slip.change);
      if (i < controls && detected(checkWorkbook(original), slip.expected)) before++;
    });
    return { kind, cases: kept.length, found, redrawn, missed, controls: Math.min(controls, kept.length), before };
  });

  let threw = 0;
  let firstThrow: string | null = null;
  const workbooks = fc.sample(randomWorkbookArb, { numRuns: grids, seed: SEED });
  for (const wb of workbooks) {
    try {
      checkWorkbook(wb);
    } catch (err) {
      threw++;
      firstThrow ??= `${(err as Error).message}: ${JSON.stringify(wb).slice(0, 400)}`;
    }
  }
  let threwViaXlsx = 0;
  for (const wb of workbooks.slice(0, viaXlsx)) {
    try {
      checkWorkbook(await readWorkbook(await toXlsx(wb)));
    } catch (err) {
      threwViaXlsx++;
      firstThrow ??= `via .xlsx: ${(err as Error).message}: ${JSON.stringify(wb).slice(0, 400)}`;
    }
  }

  let misread = 0;
  let firstProblem: string | null = null;
  for (const spec of fc.sample(tableSpecArb, { numRuns: tables, seed: SEED + 7 })) {
    const table = renderTable(spec);
    const problems = readBackProblems(table, checkWorkbook(table.workbook));
    if (problems.length) {
      misread++;
      firstProblem ??= problems[0];
    }
  }

  return {
    kinds,
    grids: { cases: grids, threw, viaXlsx: Math.min(viaXlsx, grids), threwViaXlsx, firstThrow },
    tables: { cases: tables, misread, firstProblem },
    seconds: (performance.now() - t0) / 1000,
  };
}

const n = (x: number) => x.toLocaleString('en-US');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}%`;

/** The figures as the lines bench/RESULTS.md and the console show. */
export function fuzzLines(f: FuzzFigures): string[] {
  const lines = [
    `Seeded fast-check generators of bench/fuzz/ (the same as test/fuzz), ${f.seconds.toFixed(0)} s in all.`,
    '',
    '| slip put into a consistent table | expected finding | detection rate | redrawn (inside rounding) | finding there before the slip |',
    '| --- | --- | --- | ---: | ---: |',
  ];
  const expected: Record<CorruptionKind, string> = {
    'score-changed': 'sum-mismatch on the 合计 (and 小计) score',
    'score-above-points': 'score-out-of-range on the score',
    'points-dropped': 'missing-value on the emptied points cell',
    'total-off': 'sum-mismatch on the 合计 figure',
  };
  for (const k of f.kinds) {
    lines.push(
      `| ${k.kind} | ${expected[k.kind]} | detection rate: ${n(k.found)} / ${n(k.cases)} (${pct(k.found, k.cases)}) | ${n(k.redrawn)} | ${k.before} of ${n(k.controls)} |`,
    );
  }
  lines.push('');
  lines.push(
    `- reader threw: ${f.grids.threw} of ${n(f.grids.cases)} random grids (in memory); ${f.grids.threwViaXlsx} of ${n(f.grids.viaXlsx)} written as .xlsx and read back`,
  );
  lines.push(`- consistent tables misread or given an error finding: ${f.tables.misread} of ${n(f.tables.cases)}`);
  for (const k of f.kinds) for (const m of k.missed) lines.push(`- missed (${k.kind}): ${m}`);
  if (f.grids.firstThrow) lines.push(`- first throw: ${f.grids.firstThrow}`);
  if (f.tables.firstProblem) lines.push(`- first misreading: ${f.tables.firstProblem}`);
  return lines;
}

if (require.main === module) {
  const [cases, grids] = process.argv.slice(2).map(Number);
  runFuzz(cases || undefined, grids || undefined).then(
    (f) => console.log(fuzzLines(f).join('\n')),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
