/**
 * The fixture corpus against the engine: for each fixture, the tables, indicator count, total and
 * findings the checker must report (test/fixtures). Also, engine-free, that each fixture's
 * expectations point at the cells the fixture meant, and that the bundled sample holds the seed.
 */
import { buildSampleWorkbook } from '../scripts/build-sample';
import { checkBuffer } from '../src/cli/check-buffer';
import { fixtures, type ExpectedFinding, type FixtureSpec } from './fixtures';
import { loadWorkbook, misplaced, readBack } from './fixtures/read-back';

type CheckJson = Awaited<ReturnType<typeof checkBuffer>>;
type ActualFinding = CheckJson['findings'][number];
type OkExpect = Extract<FixtureSpec['expect'], { kind: 'ok' }>;
/** An indicator of the JSON with the scoring rules' fields (`rule`, `computed`). */
type RuledIndicator = CheckJson['indicators'][number] & { rule?: { kind: string } | null; computed?: number | null };

const okFixtures = fixtures.flatMap((f) => (f.expect.kind === 'ok' ? [[f.name, f, f.expect] as const] : []));
const errorFixtures = fixtures.flatMap((f) => (f.expect.kind === 'error' ? [[f.name, f, f.expect.code] as const] : []));

/** Equal at the precision the expectation is written in (at least two decimals): 0.9876 matches 0.987614. */
function matches(actual: unknown, expected: number | string | null): boolean {
  if (expected === null || typeof expected === 'string') return actual === expected;
  const n = typeof actual === 'number' ? actual : typeof actual === 'string' ? Number(actual) : NaN;
  const decimals = (String(expected).split('.')[1] ?? '').length;
  return Math.abs(n - expected) < 10 ** -Math.max(2, decimals) / 2;
}

const sameCell = (a: { rule: string; sheet: string; cell: string }, b: { rule: string; sheet: string; cell: string }) =>
  a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell;

const show = (f: ActualFinding) =>
  `${f.severity.padEnd(7)} ${f.rule} ${f.sheet}!${f.cell} expected=${JSON.stringify(f.expected)} actual=${JSON.stringify(f.actual)} — ${f.message}`;

/** Everything about the result that differs from the fixture's expectation, one line each. */
function differences(exp: OkExpect, json: CheckJson): string[] {
  const out: string[] = [];
  for (const t of exp.tables) {
    const found = json.tables.some(
      (a) =>
        a.sheet === t.sheet &&
        a.kind === t.kind &&
        a.orientation === t.orientation &&
        (t.range === '' || a.range === t.range),
    );
    if (!found)
      out.push(
        `table not found: ${t.kind} ${t.orientation} ${t.sheet}!${t.range || '*'}; found ${JSON.stringify(json.tables)}`,
      );
  }
  if (json.indicators.length !== exp.indicators) {
    out.push(
      `indicators: expected ${exp.indicators}, got ${json.indicators.length}: ${json.indicators.map((i) => i.path.join('/')).join(', ')}`,
    );
  }
  const total = json.total;
  const near = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 5e-7; // toBeCloseTo(b, 6)
  if (
    exp.total === null
      ? total !== null
      : !total || !near(total.points, exp.total.points) || !near(total.score, exp.total.score)
  ) {
    out.push(`total: expected ${JSON.stringify(exp.total)}, got ${JSON.stringify(total)}`);
  }

  for (const e of exp.findings) {
    const a = json.findings.find((f) => sameCell(f, e));
    if (!a) out.push(`missing finding: ${e.rule} ${e.sheet}!${e.cell}`);
    else {
      if (e.expected !== undefined && !matches(a.expected, e.expected))
        out.push(`${e.rule} ${e.sheet}!${e.cell}: expected should be ${e.expected}, is ${a.expected}`);
      if (e.actual !== undefined && !matches(a.actual, e.actual))
        out.push(`${e.rule} ${e.sheet}!${e.cell}: actual should be ${e.actual}, is ${a.actual}`);
    }
  }
  // A score out of range may or may not also count as a deduction; either is accepted there.
  const outOfRange = exp.findings.filter((e) => e.rule === 'score-out-of-range');
  const listed = (f: ActualFinding) => exp.findings.some((e: ExpectedFinding) => sameCell(f, e));
  for (const f of json.findings) {
    if (listed(f)) continue;
    if (f.severity === 'error' || f.severity === 'warning')
      out.push(`unexpected ${f.severity}: ${f.rule} ${f.sheet}!${f.cell}`);
    else if (f.rule === 'deduction' && !outOfRange.some((e) => e.sheet === f.sheet && e.cell === f.cell)) {
      out.push(`unexpected deduction: ${f.sheet}!${f.cell}`);
    }
  }
  for (const c of exp.computed ?? []) {
    const ind = json.indicators.find((i) => i.sheet === c.sheet && i.cell === c.cell) as RuledIndicator | undefined;
    if (!ind) {
      out.push(`computed: no indicator with score cell ${c.sheet}!${c.cell}`);
      continue;
    }
    const got = ind.computed ?? null;
    const ok =
      c.computed === null ? got === null : typeof got === 'number' && Math.abs(got - c.computed) <= 0.005 + 1e-9;
    if (!ok)
      out.push(
        `computed ${c.sheet}!${c.cell}: expected ${c.computed}, got ${JSON.stringify(got)} (rule ${JSON.stringify(ind.rule ?? null)})`,
      );
    if (c.kind !== undefined && ind.rule?.kind !== c.kind)
      out.push(`rule ${c.sheet}!${c.cell}: expected kind ${c.kind}, got ${JSON.stringify(ind.rule ?? null)}`);
  }
  return out;
}

describe('corpus: readable workbooks', () => {
  test.each(okFixtures)('%s', async (name, spec, exp) => {
    const json = await checkBuffer(await spec.build(), { lang: 'zh-CN', fileName: `${name}.xlsx`, ...spec.check });
    const diff = differences(exp, json);
    if (diff.length > 0) {
      throw new Error(
        [
          `fixture ${name}: ${spec.description}`,
          ...diff.map((d) => `  - ${d}`),
          'actual findings:',
          ...json.findings.map((f) => `  ${show(f)}`),
        ].join('\n'),
      );
    }
  });
});

describe('corpus: files the checker must refuse', () => {
  test.each(errorFixtures)('%s', async (name, spec, code) => {
    await expect(checkBuffer(await spec.build(), { lang: 'zh-CN', fileName: `${name}.xlsx` })).rejects.toMatchObject({
      code,
    });
  });
});

describe('corpus fixtures themselves (no engine)', () => {
  test('names are unique', () => {
    const names = fixtures.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(okFixtures)('%s: expectations point at the cells the fixture meant', async (_name, spec, exp) => {
    const wb = await loadWorkbook(await spec.build());
    const problems = exp.findings.map((f) => misplaced(wb, f)).filter((p): p is string => p !== null);
    for (const t of exp.tables) {
      const ws = wb.getWorksheet(t.sheet);
      if (!ws) problems.push(`no sheet ${t.sheet}`);
      else if (t.range !== '' && readBack(ws.getCell(t.range.split(':')[0])) === null)
        problems.push(`${t.sheet}!${t.range} starts on an empty cell`);
    }
    expect(problems).toEqual([]);
  });
});

describe('sample workbook (scripts/build-sample.ts)', () => {
  test('holds the seed report’s figures and text', async () => {
    const wb = await loadWorkbook(await buildSampleWorkbook());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['自评表', '收支情况', '自评表说明', '基本情况', '绩效目标']);

    const table = wb.getWorksheet('自评表')!;
    expect(table.getCell('J6').value).toBeCloseTo(97.38, 6);
    expect(table.getCell('J5').value).toBe(100);
    expect(table.getCell('B6').value).toBeCloseTo(49.88, 6);
    expect(table.getCell('I3').isMerged).toBe(true); // 管理效能 across C3:I3

    const funding = wb.getWorksheet('收支情况')!;
    const figures = new Map<string, unknown>();
    funding.eachRow((row) => figures.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(figures.get('预算数')).toBe(11661.19);
    expect(figures.get('执行数')).toBe(11516.76);
    expect(figures.get('执行率')).toBe(0.9876);

    const text: string[] = [];
    wb.getWorksheet('自评表说明')!.eachRow((row) => text.push(String(row.getCell(1).value)));
    expect(text.some((p) => p.includes('总分为 50 分，自评分为 46.5 分'))).toBe(true);
    expect(text.some((p) => p.includes('自评结果为97.38分'))).toBe(true);
    expect(text.join('\n')).not.toMatch(/#|\*\*|\$|\\geq/); // markdown gone; the seed’s own "*" stays

    // The seed's 绩效目标 list, as its 履职效能分析 states each indicator; 社区服务覆盖率 has no actual there.
    const targets = wb.getWorksheet('绩效目标')!;
    const rows: string[] = [];
    targets.eachRow(
      (row, r) => r > 2 && rows.push([3, 4, 5].map((c) => String(readBack(row.getCell(c)) ?? '')).join(' | ')),
    );
    expect(rows).toEqual([
      '党员培训工作完成率 | 1 | 1',
      '防灾减灾救灾宣传活动场次 | 2次 | 3次',
      '社区服务覆盖率 | 1 | ',
      '应急突发事件处置率 | 1 | 1',
      '复退军人信访及时处理率 | 1 | 1',
      '失业人员再就业率 | ≥70% | 0.791',
      '加强廉政教育和廉洁文化宣传 | 有效加强 | 有效加强',
      '严重精神障碍患者服务覆盖率 | 1 | 1',
      '普查宣传覆盖率 | 1 | 1',
      '基层党建工作满意度 | ≥95% | 0.95',
    ]);
    expect(targets.getCell('B3').isMerged && targets.getCell('B5').isMerged).toBe(true); // 数量指标 down its three rows
  });
});
