import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { cli, root, sample } from './support/cli';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'scoresheet-cli-'));

async function workbookWithWrongTotal(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.addRows([
    ['一级指标', '二级指标', '分值', '自评得分'],
    ['管理效能', '预算编制', 3, 3],
    ['管理效能', '预算执行', 4, 3.5],
    ['合计', '', 7, 7],
  ]);
  const file = join(dir, 'wrong-total.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

describe('scoresheet check (the bin, as other tooling calls it)', () => {
  it('prints exactly one JSON object for the sample and exits 1 (its text states 管理效率 as 46.5)', async () => {
    const out = await cli('check', sample, '--json');
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout);
    expect(Object.keys(json)).toEqual(['file', 'tables', 'indicators', 'total', 'findings']);
    expect(json.total).toEqual({ points: 100, score: 97.38 });
    // The contract's fields, and (extended, not renamed) a score table's form and own total.
    expect(json.tables[0]).toEqual({
      sheet: '自评表',
      range: 'A3:J6',
      kind: 'score',
      orientation: 'transposed',
      form: 'index',
      total: { points: 100, score: 97.38 },
    });
    // The score table's 8 indicators, then the 10 of the sample's 绩效目标 list (targets and actuals, no points).
    expect(json.indicators).toHaveLength(18);
    expect(
      json.indicators
        .slice(8)
        .every((i: { sheet: string; points: unknown }) => i.sheet === '绩效目标' && i.points === null),
    ).toBe(true);
    expect(json.indicators[0]).toMatchObject({
      path: ['履职效能', '整体效能'],
      points: 50,
      score: 49.88,
      sheet: '自评表',
      cell: 'B6',
    });
    // The Guangzhou pack is chosen from the unit name: 40 + 10 × 98.76% = 49.876 → 49.88.
    expect(json.indicators[0].computed).toBe(49.88);
    expect(json.indicators[0].rule).toMatchObject({
      kind: 'composite',
      origin: 'guangzhou-department/overall-effectiveness',
    });
    expect(json.indicators[7]).toMatchObject({
      path: ['管理效能', '运行成本'],
      computed: 4,
      rule: { kind: 'threshold' },
    });
    expect(json.indicators[1]).toMatchObject({ path: ['管理效能', '预算编制'], computed: null, rule: null });
    const deductions = json.findings.filter((f: { rule: string }) => f.rule === 'deduction');
    expect(
      deductions.map((f: { indicator: string; expected: number; actual: number }) => [
        f.indicator,
        f.expected,
        f.actual,
      ]),
    ).toEqual([
      ['整体效能', 50, 49.88],
      ['预算执行', 4, 3.5],
      ['绩效管理', 15, 14],
      ['资产管理', 10, 9],
    ]);
    // The one error is the seed's own slip in its text: 管理效能's seven indicators add up to 47.5, not 46.5.
    // The one warning: the seed's 社区服务覆盖率 states no actual (its 绩效目标 list, issue of the national forms).
    expect(json.findings.filter((f: { severity: string }) => f.severity !== 'info')).toEqual([
      expect.objectContaining({
        rule: 'narrative-mismatch',
        severity: 'error',
        sheet: '自评表说明',
        cell: 'A37',
        expected: 47.5,
        actual: 46.5,
      }),
      expect.objectContaining({
        rule: 'missing-value',
        severity: 'warning',
        sheet: '绩效目标',
        cell: 'E5',
        indicator: '社区服务覆盖率',
      }),
    ]);
    // The six indicators whose Guangzhou wording is not public are said to be unverified, not passed over.
    expect(
      json.findings
        .filter((f: { rule: string }) => f.rule === 'rule-not-verified')
        .map((f: { indicator: string }) => f.indicator),
    ).toEqual(['预算编制', '预算执行', '信息公开', '绩效管理', '采购管理', '资产管理']);
  });

  it('takes a rule pack by name or from a file, and says clearly what is wrong with a bad one', async () => {
    const generic = await cli('check', sample, '--rules', 'generic', '--json');
    expect(JSON.parse(generic.stdout).indicators[0].computed).toBeNull();
    const file = writeTemp(
      'bad-pack.json',
      JSON.stringify({ name: 'x', rules: [{ id: 'a', match: { names: ['预算编制'] }, rule: { kind: 'foo' } }] }),
    );
    const bad = await cli('check', sample, '--rules', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('rules[0].rule.kind：未知的规则类型“foo”');
    const good = writeTemp(
      'good-pack.json',
      JSON.stringify({
        name: 'district',
        extends: 'guangzhou-department',
        rules: [{ id: 'budgeting', match: { names: ['预算编制'] }, rule: { kind: 'rate', source: 'funding-rate' } }],
      }),
    );
    const out = await cli('check', sample, '--rules', good, '--json');
    const json = JSON.parse(out.stdout);
    // 3 × 98.76% = 2.96 against a stated 3: the district's own rule finds the mismatch.
    expect(json.findings.find((f: { rule: string }) => f.rule === 'score-mismatch')).toMatchObject({
      cell: 'C6',
      expected: 2.96,
      actual: 3,
    });
    expect(json.indicators[0].computed).toBe(49.88);
    expect(out.code).toBe(1);
  });

  it('works through `npm run --silent scoresheet -- check FILE --json`', async () => {
    // The sample's text has an error finding, so the run exits 1; the JSON is on stdout all the same.
    let stdout: string;
    try {
      ({ stdout } = await run('npm', ['run', '--silent', 'scoresheet', '--', 'check', sample, '--json'], {
        cwd: root,
      }));
    } catch (err) {
      stdout = (err as { stdout: string }).stdout;
    }
    expect(JSON.parse(stdout).total.score).toBe(97.38);
  });

  it('exits 1 on an error finding and names the cell', async () => {
    const file = await workbookWithWrongTotal();
    const out = await cli('check', file, '--json');
    expect(out.code).toBe(1);
    const finding = JSON.parse(out.stdout).findings.find((f: { rule: string }) => f.rule === 'sum-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      sheet: '自评表',
      cell: 'D4',
      indicator: '合计',
      expected: 6.5,
      actual: 7,
    });
  });

  it('prints a readable report grouped by severity, in Chinese by default and in English on request', async () => {
    const zh = await cli('check', sample);
    expect(zh.stdout).toContain('总分：97.38 / 100');
    expect(zh.stdout).toContain(
      '错误\n  自评表说明!A37  管理效率（管理效能）的得分：文中为 46.5 分，表中为 47.5 分（其下 7 项指标合计）。  [narrative-mismatch]\n\n警告\n  绩效目标!E5  社区服务覆盖率缺少实际完成值。  [missing-value]\n\n提示\n',
    );
    expect(zh.stdout).toContain('已核对说明文字中的数字 33 处');
    expect(zh.stdout).toContain('自评表!B6  整体效能扣 0.12 分');
    // The sample's sums, its funding breakdowns and its rate were all compared, not skipped.
    expect(zh.stdout).toContain(
      '已核对：合计与小计 4 处，资金分项 2 处，执行率 1 处，按评分规则重算得分 2 个（规则包：guangzhou-department）。',
    );
    const en = await cli('check', sample, '--lang', 'en-US');
    expect(en.stdout).toContain('Total: 97.38 of 100');
    expect(en.stdout).toContain('整体效能: 0.12 points deducted');
  });

  it.each([
    ['not a workbook', () => writeTemp('csv.xlsx', '一级指标,分值\n履职效能,50\n'), /不是有效的 \.xlsx 工作簿/],
    ['an old .xls', () => writeTemp('old.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])), /旧版 \.xls/],
    ['a missing file', () => join(dir, 'nope.xlsx'), /文件不存在/],
    ['a workbook without a score table', () => emptyWorkbook(), /未找到评分表/],
  ])('exits 2 with one clear line on stderr for %s', async (_name, make, message) => {
    const file = await make();
    const out = await cli('check', file, '--json');
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects bad options with exit 2 and the usage', async () => {
    const out = await cli('check', sample, '--tolerance', 'abc');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--tolerance abc');
    expect(out.stderr).toContain('用法');
  });

  it('checks only the named sheet, and says when there is none of that name', async () => {
    const only = await cli('check', sample, '--sheet', '自评表', '--json');
    expect(JSON.parse(only.stdout).tables.map((t: { sheet: string }) => t.sheet)).toEqual(['自评表']);
    const none = await cli('check', sample, '--sheet', '不存在');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有名为“不存在”的工作表');
  });

  it('applies a fixed --tolerance', async () => {
    const file = await workbookWithWrongTotal();
    const out = await cli('check', file, '--json', '--tolerance', '0.5');
    expect(out.code).toBe(0);
  });
});

function writeTemp(name: string, content: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

async function emptyWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(['月份', '支出']);
  return writeTemp('empty.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
}
