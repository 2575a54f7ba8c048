/**
 * The forms corpus (test/forms) against the engine: each workbook built in memory, checked as the CLI
 * checks it, and held to its hand-worked expectations — every expected error and warning at its cell with
 * its severity and no other (zero false errors), every deduction and no other, each score table's form
 * and total (funding points included), every indicator named by its own 三级指标, and a 自评表说明 that
 * is whole (title by form, four sections, table rows as wide as their header, no empty figure).
 *
 * Failure lines start with a category so a run can be tallied: FALSE (a finding not expected), MISSING
 * (an expected finding not reported), VALUE (reported with another expected/actual/severity), DEDUCTION,
 * TABLE / TOTAL, NAME / INDICATOR, REPORT.
 */
import { checkBufferData } from '../src/cli/check-buffer';
import { renderText } from '../src/cli/report-text';
import type { CheckResult } from '../src/core/check';
import type { ReportDocument } from '../src/core/report/document';
import { buildReport } from '../src/core/report/build';
import { renderMarkdown } from '../src/core/report/markdown';
import type { CheckJson } from '../src/core/output/json';
import { loadWorkbook, misplaced, readBack } from './fixtures/read-back';
import { forms, type FormSpec } from './forms';

/** The JSON as extended for these forms (`form`, `total` per table; `table` per indicator and finding). */
type Total = { points: number | null; score: number | null } | null;
type Table = CheckJson['tables'][number] & { form?: string; total?: Total };
type Indicator = CheckJson['indicators'][number] & { table?: number };
type Finding = CheckJson['findings'][number] & { table?: number | null };
interface Checked {
  json: Omit<CheckJson, 'tables' | 'indicators' | 'findings'> & {
    tables: Table[];
    indicators: Indicator[];
    findings: Finding[];
  };
  result: CheckResult;
}

const cases = forms.map((f) => [f.name, f] as const);
const runs = new Map<string, Promise<Checked>>();

/** One check per workbook, shared by the tests below. */
function check(spec: FormSpec): Promise<Checked> {
  let run = runs.get(spec.name);
  if (!run) {
    run = spec
      .build()
      .then((buf) => checkBufferData(buf, { lang: 'zh-CN', fileName: `${spec.name}.xlsx` }) as Promise<Checked>);
    runs.set(spec.name, run);
  }
  return run;
}

/** Equal at the precision the expectation is written in (at least two decimals). */
function matches(actual: unknown, expected: number | string | null): boolean {
  if (expected === null || typeof expected === 'string') return actual === expected;
  const n = typeof actual === 'number' ? actual : typeof actual === 'string' ? Number(actual) : NaN;
  const decimals = (String(expected).split('.')[1] ?? '').length;
  return Math.abs(n - expected) < 10 ** -Math.max(2, decimals) / 2 + 1e-9;
}

const near = (a: number | null | undefined, b: number | null) =>
  b === null ? a === null : typeof a === 'number' && Math.abs(a - b) < 0.005;
const sameTotal = (a: Total | undefined, b: Total) =>
  b === null ? a === null : !!a && near(a.points, b.points) && near(a.score, b.score);
const at = (f: { rule: string; sheet: string; cell: string }) => `${f.rule} ${f.sheet}!${f.cell}`;
const show = (f: Finding) =>
  `${f.severity} ${f.rule} ${f.sheet}!${f.cell} expected=${JSON.stringify(f.expected)} actual=${JSON.stringify(f.actual)} — ${f.message}`;
const rowOf = (cell: string) => Number(/\d+$/.exec(cell)?.[0] ?? NaN);
const squeeze = (s: string) => s.replace(/\s+/g, '');

function fail(spec: FormSpec, lines: string[], json?: Checked['json']): void {
  if (lines.length === 0) return;
  const actual = json
    ? [
        'actual findings:',
        ...json.findings.filter((f) => f.severity !== 'info' || f.rule === 'deduction').map((f) => `  ${show(f)}`),
      ]
    : [];
  throw new Error([`${spec.name}: ${spec.description}`, ...lines.map((l) => `  - ${l}`), ...actual].join('\n'));
}

function findingDifferences(spec: FormSpec, json: Checked['json']): string[] {
  const exp = spec.expect;
  const out: string[] = [];
  const same = (a: { rule: string; sheet: string; cell: string }, b: { rule: string; sheet: string; cell: string }) =>
    a.rule === b.rule && a.sheet === b.sheet && a.cell === b.cell;
  for (const e of exp.findings) {
    const a = json.findings.find((f) => same(f, e));
    if (!a) {
      out.push(`MISSING ${e.severity} ${at(e)} (${e.calc})`);
      continue;
    }
    if (a.severity !== e.severity) out.push(`VALUE ${at(e)}: severity should be ${e.severity}, is ${a.severity}`);
    if (e.expected !== undefined && !matches(a.expected, e.expected))
      out.push(`VALUE ${at(e)}: expected should be ${e.expected}, is ${JSON.stringify(a.expected)}`);
    if (e.actual !== undefined && !matches(a.actual, e.actual))
      out.push(`VALUE ${at(e)}: actual should be ${e.actual}, is ${JSON.stringify(a.actual)}`);
  }
  const tolerated = (f: Finding) => (exp.tolerated ?? []).some((t) => same(f, t));
  for (const f of json.findings) {
    if (exp.findings.some((e) => same(f, e)) || tolerated(f)) continue;
    if (f.severity === 'error' || f.severity === 'warning') out.push(`FALSE ${show(f)}`);
  }
  const deductions = json.findings.filter((f) => f.rule === 'deduction');
  for (const d of exp.deductions) {
    if (!deductions.some((f) => f.sheet === d.sheet && f.cell === d.cell))
      out.push(`DEDUCTION missing at ${d.sheet}!${d.cell}`);
  }
  for (const f of deductions) {
    if (!exp.deductions.some((d) => d.sheet === f.sheet && d.cell === f.cell) && !tolerated(f))
      out.push(`DEDUCTION unexpected: ${show(f)}`);
  }
  if (json.findings.some((f) => f.table === undefined)) out.push('TABLE findings carry no `table` index');
  return out;
}

function tableDifferences(spec: FormSpec, json: Checked['json']): string[] {
  const exp = spec.expect;
  const out: string[] = [];
  const scores = json.tables.filter((t) => t.kind === 'score');
  if (scores.length !== exp.tables.length) {
    out.push(`TABLE ${exp.tables.length} score tables expected, found ${scores.length}: ${JSON.stringify(scores)}`);
  }
  exp.tables.forEach((e, i) => {
    const a = scores[i];
    if (!a) return;
    if (a.sheet !== e.sheet) out.push(`TABLE #${i}: sheet should be ${e.sheet}, is ${a.sheet}`);
    if (a.form !== e.form) out.push(`TABLE #${i}: form should be ${e.form}, is ${JSON.stringify(a.form)}`);
    if (!sameTotal(a.total, e.total))
      out.push(`TOTAL table #${i}: should be ${JSON.stringify(e.total)}, is ${JSON.stringify(a.total)}`);
  });
  if (!sameTotal(json.total, exp.total))
    out.push(`TOTAL top-level: should be ${JSON.stringify(exp.total)}, is ${JSON.stringify(json.total)}`);
  return out;
}

/** The funding line's own item may be listed among the indicators (its 分值 counts toward 总分); nothing else may be extra. */
const FUNDING_ITEM = /资金总额|预算执行|总额|执行率|资金情况/;

function indicatorDifferences(spec: FormSpec, json: Checked['json']): string[] {
  const exp = spec.expect;
  const out: string[] = [];
  const scores = json.tables.map((t, i) => [t, i] as const).filter(([t]) => t.kind === 'score');
  const used = new Set<Indicator>();
  for (const e of exp.indicators) {
    const a = json.indicators.find((i) => i.sheet === e.sheet && rowOf(i.cell) === e.row);
    if (!a) {
      out.push(`INDICATOR missing: ${e.name} (${e.sheet} row ${e.row})`);
      continue;
    }
    used.add(a);
    const last = a.path[a.path.length - 1] ?? '';
    if (squeeze(last) !== squeeze(e.name))
      out.push(`NAME ${e.sheet} row ${e.row}: should be ${e.name}, is ${a.path.join(' / ')}`);
    const want = scores[e.table]?.[1];
    if (a.table !== want)
      out.push(`INDICATOR ${e.name}: table should be ${want} (score table #${e.table}), is ${JSON.stringify(a.table)}`);
  }
  for (const a of json.indicators) {
    if (used.has(a) || FUNDING_ITEM.test(a.path[a.path.length - 1] ?? '')) continue;
    out.push(`INDICATOR unexpected: ${a.path.join(' / ')} at ${a.sheet}!${a.cell}`);
  }
  return out;
}

/** The 自评表说明 as Markdown, one document per table where the engine writes several. */
function reportDocs(result: CheckResult): ReportDocument[] {
  const built = buildReport(result) as ReportDocument | ReportDocument[];
  return Array.isArray(built) ? built : [built];
}

/** Cells of a Markdown table row, escaped pipes kept inside their cell. */
function cellCount(line: string): number {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/).length;
}

const SECTIONS = ['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施'];

function reportDifferences(spec: FormSpec, result: CheckResult): string[] {
  const exp = spec.expect.report;
  const out: string[] = [];
  const docs = reportDocs(result);
  const md = docs.map(renderMarkdown).join('\n');
  const lines = md.split('\n');
  const titles = lines.filter((l) => /^# /.test(l));
  for (const d of exp.docs) {
    if (!titles.some((t) => d.title.every((frag) => t.includes(frag))))
      out.push(`REPORT no title with ${d.title.join(' + ')}; titles: ${titles.join(' | ')}`);
  }
  for (const s of SECTIONS) {
    const n = lines.filter((l) => /^#+ /.test(l) && l.includes(s)).length;
    if (n < exp.docs.length) out.push(`REPORT heading ${s}: ${n} of ${exp.docs.length}`);
  }
  let header = 0;
  lines.forEach((l, i) => {
    if (!l.startsWith('|')) {
      header = 0;
      return;
    }
    if (header === 0) header = cellCount(l);
    else if (cellCount(l) !== header)
      out.push(`REPORT table row ${i + 1} has ${cellCount(l)} cells, header ${header}: ${l}`);
  });
  for (const [re, what] of [
    [/(?<![作认])为\s?分/, 'an empty figure "为分"'],
    [/NaN|undefined|null/, 'NaN / undefined / null'],
    [/项目负责人|财务负责人/, 'a paragraph about 项目负责人'],
    [/本单位/, '"本单位" though the sheet names the unit'],
    [/本年(?!财政拨款)/, '"本年" though the sheet gives the year'],
  ] as const) {
    const hit = lines.find((l) => re.test(l));
    if (hit) out.push(`REPORT ${what}: ${hit.slice(0, 120)}`);
  }
  for (const name of exp.names) if (!md.includes(name)) out.push(`REPORT does not name ${name}`);
  return out;
}

describe('forms corpus: findings (every slip at its cell, no false error or warning)', () => {
  test.each(cases)('%s', async (_name, spec) => {
    const { json } = await check(spec);
    fail(spec, findingDifferences(spec, json), json);
  });
});

describe('forms corpus: score tables, forms and totals', () => {
  test.each(cases)('%s', async (_name, spec) => {
    const { json } = await check(spec);
    fail(spec, tableDifferences(spec, json));
  });
});

describe('forms corpus: every indicator named by its own 三级指标', () => {
  test.each(cases)('%s', async (_name, spec) => {
    const { json } = await check(spec);
    fail(spec, indicatorDifferences(spec, json));
  });
});

describe('forms corpus: the 自评表说明', () => {
  test.each(cases)('%s', async (_name, spec) => {
    const { result } = await check(spec);
    fail(spec, reportDifferences(spec, result));
  });
});

describe('forms corpus itself (no engine)', () => {
  test('at least 16 workbooks, names unique', () => {
    expect(forms.length).toBeGreaterThanOrEqual(16);
    expect(new Set(forms.map((f) => f.name)).size).toBe(forms.length);
  });

  test.each(cases)('%s: expectations point at the cells the form meant', async (_name, spec) => {
    const wb = await loadWorkbook(await spec.build());
    const problems: string[] = [];
    const value = (sheet: string, cell: string) => {
      const ws = wb.getWorksheet(sheet);
      if (!ws) problems.push(`no sheet ${sheet}`);
      return ws ? readBack(ws.getCell(cell)) : null;
    };
    // The engine-free reading of fixtures: a stated figure is in its cell, an empty cell is empty.
    for (const f of spec.expect.findings) {
      const p = misplaced(wb, f);
      if (p) problems.push(p);
    }
    for (const d of spec.expect.deductions) {
      if (typeof value(d.sheet, d.cell) !== 'number') problems.push(`deduction ${d.sheet}!${d.cell} holds no number`);
    }
    for (const i of spec.expect.indicators) {
      const ws = wb.getWorksheet(i.sheet);
      const texts: string[] = [];
      ws?.getRow(i.row).eachCell((c) => {
        texts.push(String(readBack(c) ?? ''));
        // A name carrying its points ("相关性(5分)") reads back as its points; its name is the text before them.
        if (typeof c.value === 'string') texts.push(c.value.replace(/\s+/g, '').replace(/[(（][0-9.]+分[)）]$/, ''));
      });
      if (!texts.includes(i.name)) problems.push(`row ${i.row} of ${i.sheet} does not hold ${i.name}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('forms corpus: the plain-text check goes table by table', () => {
  it('names each table with its form and total, and lists each finding under its own table', async () => {
    const spec = forms.find((f) => f.name === 'multi-sheet-department-and-projects') as FormSpec;
    const { json, result } = await check(spec);
    const text = renderText(json as CheckJson, 'zh-CN', result);
    const sections = text.split('\n【').slice(1);
    expect(sections.map((s) => s.split('：')[0])).toEqual([
      '部门整体表】部门整体!B11:I16',
      '项目支出表】乡村文化振兴!B12:I17',
      '项目支出表】全民健身!B12:I17',
    ]);
    // 全民健身's 健身设施完好率 (91.2% of ≥95%) is listed under its own table only.
    const unmet = sections.map((s) => s.includes('全民健身!F14'));
    expect(unmet).toEqual([false, false, true]);
    expect(sections[2]).toContain('得分 98.2 / 100');
  });
});

describe('forms corpus: the funding line is scored by the sheet’s own method where it states one', () => {
  it.each([
    // 贵州: 得分计算方法 "执行率*该指标分值,最高不得超过分值上限" on the 年度资金总额 line.
    ['guizhou-project-clean', 'sheet'],
    // The national form states no method: the form's own 执行率 × 分值.
    ['national-project-clean', 'form'],
  ])('%s: origin %s', async (name, origin) => {
    const { json } = await check(forms.find((f) => f.name === name) as FormSpec);
    const funding = json.indicators.find((i) => i.path[0] === '预算执行率');
    expect(funding?.rule).toEqual({ kind: 'rate', origin });
  });
});
