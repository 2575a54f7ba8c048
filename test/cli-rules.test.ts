/**
 * `scoresheet rules export|import|remove` and `check` on a workbook holding its own rule pack, through the
 * bin as a user runs it: the saved pack is used, exported it gives the same findings with --rules,
 * imported into a copy the copy checks the same, and the original is never written.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { CheckJson } from '../src/core/output/json';
import { RULES_SHEET } from '../src/core/rules/workbook-rules';
import { bin, cli, root, sample } from './support/cli';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'scoresheet-rules-'));
const path = (name: string) => join(dir, name);
const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** 预算编制 (3 points, stated 3 at 自评表!C6) by rate × points: 98.76% × 3 = 2.9628 → 2.96. */
const DISTRICT_PACK = {
  name: 'workbook',
  title: '本区评分规则',
  appliesTo: [],
  extends: 'guangzhou-department',
  scoreDecimals: 2,
  defaultOperator: '>=',
  rules: [
    {
      id: '预算编制',
      title: '预算编制',
      source: '预算执行率×分值',
      match: { names: ['预算编制'] },
      rule: { kind: 'rate', source: 'funding-rate' },
    },
  ],
};

const findings = (json: CheckJson) => json.findings;
async function checkJson(...args: string[]): Promise<{ code: number; json: CheckJson; stderr: string }> {
  const out = await cli('check', ...args, '--json');
  return { code: out.code, json: JSON.parse(out.stdout) as CheckJson, stderr: out.stderr };
}

describe('scoresheet rules', () => {
  const packFile = path('district.json');
  const withRules = path('with-rules.xlsx');
  let sampleHash: string;
  let plain: CheckJson;

  beforeAll(async () => {
    sampleHash = hash(sample);
    plain = (await checkJson(sample)).json;
    writeFileSync(packFile, JSON.stringify(DISTRICT_PACK, null, 2));
  });

  afterAll(() => {
    // Every command below read the sample or a copy of it; none wrote it.
    expect(hash(sample)).toBe(sampleHash);
  });

  it('import writes a copy holding the pack; the copy is checked with it, the original is untouched', async () => {
    const out = await cli('rules', 'import', sample, packFile, '-o', withRules);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(
      `已写入 ${withRules}：评分规则包“workbook”（1 条规则）已存入其隐藏工作表“${RULES_SHEET}”`,
    );
    expect(hash(sample)).toBe(sampleHash);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(withRules) as unknown as ArrayBuffer);
    expect(wb.getWorksheet(RULES_SHEET)?.state).toBe('veryHidden');

    const { code, json, stderr } = await checkJson(withRules);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(json.workbookRules).toEqual({ sheet: RULES_SHEET, pack: 'workbook', used: true, problems: [] });
    expect(json.indicators[1]).toMatchObject({
      path: ['管理效能', '预算编制'],
      computed: 2.96,
      rule: { kind: 'rate', origin: 'workbook/预算编制' },
    });
    expect(json.findings.filter((f) => f.cell === 'C6').map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ['score-mismatch', 2.96, 3],
    ]);
    // Nothing else changed: the sample's findings, less 预算编制's rule-not-verified, plus the mismatch.
    const others = (list: CheckJson['findings']) => list.filter((f) => f.cell !== 'C6');
    expect(others(json.findings)).toEqual(others(plain.findings));
    // The rules sheet is no table of the user's.
    expect(json.tables).toEqual(plain.tables);
  });

  it('the readable report says the saved pack was used', async () => {
    const out = await cli('check', withRules);
    expect(out.stdout).toContain(`评分规则：使用本工作簿保存的规则包“workbook”（隐藏工作表“${RULES_SHEET}”）。`);
    expect(out.stdout).toContain('规则包：workbook');
  });

  it('export gives a pack file that check --rules reads unchanged, with the same findings as the saved pack', async () => {
    const exported = path('exported.json');
    const out = await cli('rules', 'export', withRules, '-o', exported);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain(`已写入 ${exported}`);
    expect(JSON.parse(readFileSync(exported, 'utf8'))).toEqual(DISTRICT_PACK);
    const saved = await checkJson(withRules);
    const viaFile = await checkJson(sample, '--rules', exported);
    expect(findings(viaFile.json)).toEqual(findings(saved.json));
    expect(viaFile.json.indicators).toEqual(saved.json.indicators);
    expect(viaFile.json.workbookRules).toBeUndefined();
  });

  it('--rules wins over the saved pack', async () => {
    const { json } = await checkJson(withRules, '--rules', 'guangzhou-department');
    expect(json.workbookRules).toMatchObject({ used: false });
    expect(findings(json)).toEqual(findings(plain));
  });

  it('import replaces a saved pack; a shipped pack can be imported by name', async () => {
    const generic = path('generic.xlsx');
    expect((await cli('rules', 'import', withRules, 'generic', '-o', generic)).code).toBe(0);
    const { json } = await checkJson(generic);
    expect(json.workbookRules).toMatchObject({ pack: 'generic', used: true });
    expect(findings(json)).toEqual(findings((await checkJson(sample, '--rules', 'generic')).json));
  });

  it('remove writes a copy without the pack, checked as the sample is', async () => {
    const removed = path('removed.xlsx');
    const out = await cli('rules', 'remove', withRules, '-o', removed);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('已删除其中保存的评分规则');
    const { json } = await checkJson(removed);
    expect(json.workbookRules).toBeUndefined();
    expect(findings(json)).toEqual(findings(plain));
  });

  it('a damaged rules sheet: one warning naming the sheet and the cell, the check as without it; export refuses', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(withRules) as unknown as ArrayBuffer);
    const cell = (wb.getWorksheet(RULES_SHEET) as ExcelJS.Worksheet).getCell('A2');
    cell.value = String(cell.value).slice(0, -2);
    const damaged = path('damaged.xlsx');
    writeFileSync(damaged, Buffer.from(await wb.xlsx.writeBuffer()));

    const { code, json, stderr } = await checkJson(damaged);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      new RegExp(
        `^警告：工作表“${RULES_SHEET}”A2 处保存的评分规则已损坏（.+）：本次检查未使用它，改用默认规则包。\\n$`,
      ),
    );
    expect(json.workbookRules).toMatchObject({
      pack: null,
      used: false,
      problems: [{ sheet: RULES_SHEET, cell: 'A2' }],
    });
    expect(findings(json)).toEqual(findings(plain));

    const out = await cli('rules', 'export', damaged, '-o', path('never.json'), '--lang', 'en-US');
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Cannot export the scoring rules saved in damaged\.xlsx: .*damaged at A2/);
    expect(existsSync(path('never.json'))).toBe(false);
  });

  it.each<[string, () => string[], RegExp]>([
    [
      'export from a workbook without saved rules',
      () => ['export', sample, '-o', path('none.json')],
      /sample-scoresheet\.xlsx 中没有保存评分规则/,
    ],
    [
      'import of an invalid pack',
      () => ['import', sample, badPack(), '-o', path('bad.xlsx')],
      /rules\[0\]\.rule\.kind：未知的规则类型“guess”/,
    ],
    [
      'import of a pack that does not exist',
      () => ['import', sample, path('nope.json'), '-o', path('bad.xlsx')],
      /没有名为/,
    ],
    ['an output that is the input', () => ['import', withRules, packFile, '-o', withRules], /与输入文件相同/],
    ['an unknown action', () => ['frob', sample, '-o', path('x.xlsx')], /参数有误：rules frob/],
    ['a missing pack', () => ['import', sample, '-o', path('x.xlsx')], /参数有误/],
  ])('%s: exit 2, one clear message, nothing written', async (_name, argv, message) => {
    const before = existsSync(withRules) ? hash(withRules) : '';
    const out = await cli('rules', ...argv());
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path('bad.xlsx')) || existsSync(path('none.json')) || existsSync(path('x.xlsx'))).toBe(false);
    expect(existsSync(withRules) ? hash(withRules) : '').toBe(before);
  });

  it('check and export of a workbook with saved rules load neither ExcelJS nor docx', async () => {
    for (const args of [
      ['check', withRules, '--json'],
      ['rules', 'export', withRules, '-o', path('fast.json')],
    ]) {
      const out = path(`modules-${args[0]}.json`);
      const env = { ...process.env, SCORESHEET_MODULES_OUT: out };
      await run(process.execPath, ['--require', join(__dirname, 'support', 'record-modules.js'), bin, ...args], {
        cwd: root,
        env,
      }).catch((err: { code: number }) => {
        expect(err.code).toBe(1); // check: the sample's error finding
      });
      const loaded = (JSON.parse(readFileSync(out, 'utf8')) as string[]).filter((f) =>
        /node_modules[\\/](exceljs|docx|jszip)[\\/]/.test(f),
      );
      // The fast reader uses ExcelJS's table of built-in number formats, plain data; nothing else of it.
      expect(loaded.filter((f) => !/exceljs[\\/]lib[\\/]xlsx[\\/]defaultnumformats\.js$/.test(f))).toEqual([]);
    }
  });
});

function badPack(): string {
  const file = path('bad-pack.json');
  writeFileSync(
    file,
    JSON.stringify({ ...DISTRICT_PACK, rules: [{ ...DISTRICT_PACK.rules[0], rule: { kind: 'guess' } }] }),
  );
  return file;
}
