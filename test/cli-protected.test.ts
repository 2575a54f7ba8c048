import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'scoresheet-protected-'));

describe('annotate on a protected sheet', () => {
  let input: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('自评表');
    ws.addRows([
      ['指标名称', '分值', '自评得分'],
      ['预算执行', 4, 3],
      ['合计', 4, 3],
    ]);
    await ws.protect('secret', {});
    input = join(dir, 'protected.xlsx');
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it.each([
    ['zh-CN', '工作表“自评表”受保护，无法标注。请先撤销工作表保护，或只生成报告（report 命令）。', '用法'],
    [
      'en-US',
      'Sheet "自评表" is protected and cannot be annotated. Unprotect it, or generate the report only (report command).',
      'Usage',
    ],
  ])('says so in %s, in one line and without the usage text', async (lang, message, usage) => {
    const output = join(dir, `annotated-${lang}.xlsx`);
    const out = await cli('annotate', input, '-o', output, '--lang', lang);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(`scoresheet: ${message}\n`);
    expect(out.stderr).not.toContain(usage);
    expect(existsSync(output)).toBe(false);
  });

  it('a wrong option still prints the usage', async () => {
    const out = await cli('annotate', input, '--lang', 'en-US');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('Usage');
  });
});
