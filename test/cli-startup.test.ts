import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { bin, root, sample } from './support/cli';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'scoresheet-startup-'));
let runs = 0;

/** The packages (node_modules/<name>/…) whose files a CLI run loaded, with the files, and its exit code. */
async function packagesLoaded(...args: string[]): Promise<{ code: number; packages: Map<string, string[]> }> {
  const out = join(dir, `modules-${++runs}.json`);
  const env = { ...process.env, SCORESHEET_MODULES_OUT: out };
  let code = 0;
  try {
    await run(process.execPath, ['--require', join(__dirname, 'support', 'record-modules.js'), bin, ...args], {
      cwd: root,
      env,
    });
  } catch (err) {
    code = (err as { code: number }).code;
  }
  const packages = new Map<string, string[]>();
  for (const file of JSON.parse(readFileSync(out, 'utf8')) as string[]) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](.*)$/.exec(file);
    if (m) packages.set(m[1].split(sep).join('/'), [...(packages.get(m[1]) ?? []), m[2].split(sep).join('/')]);
  }
  return { code, packages };
}

/** The one ExcelJS file the fast reader uses: the table of Excel's built-in number formats, plain data. */
const EXCELJS_TABLE = 'lib/xlsx/defaultnumformats.js';

function heavyLoaded(packages: Map<string, string[]>): string[] {
  const excel = (packages.get('exceljs') ?? []).filter((f) => f !== EXCELJS_TABLE);
  return [...(excel.length ? ['exceljs'] : []), ...['docx', 'jszip'].filter((p) => packages.has(p))];
}

describe('what the CLI loads', () => {
  it('check of a plain workbook loads neither ExcelJS nor docx nor JSZip', async () => {
    const { code, packages } = await packagesLoaded('check', sample);
    expect(code).toBe(1); // the sample has one error finding
    expect(heavyLoaded(packages)).toEqual([]);
  });

  it('check --json and report -o X.md load neither', async () => {
    expect(heavyLoaded((await packagesLoaded('check', sample, '--json', '--lang', 'en-US')).packages)).toEqual([]);
    const { code, packages } = await packagesLoaded('report', sample, '-o', join(dir, 'report.md'));
    expect(code).toBe(1);
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toContain('#');
    expect(heavyLoaded(packages)).toEqual([]);
  });

  it('a batch of plain workbooks without --summary loads neither', async () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    copyFileSync(sample, join(folder, 'a.xlsx'));
    copyFileSync(sample, join(folder, 'b.xlsx'));
    const { code, packages } = await packagesLoaded('check', folder);
    expect(code).toBe(1);
    expect(heavyLoaded(packages)).toEqual([]);
  });

  it('the commands that write a workbook or a Word file load what they write with', async () => {
    expect(
      heavyLoaded((await packagesLoaded('annotate', sample, '-o', join(dir, 'annotated.xlsx'))).packages),
    ).toContain('exceljs');
    expect(heavyLoaded((await packagesLoaded('report', sample, '-o', join(dir, 'report.docx'))).packages)).toEqual([
      'docx',
    ]);
    const folder = join(dir, 'summary');
    mkdirSync(folder);
    copyFileSync(sample, join(folder, 'a.xlsx'));
    expect(
      heavyLoaded((await packagesLoaded('check', folder, '--summary', join(dir, 'summary.xlsx'))).packages),
    ).toContain('exceljs');
  });
});
