import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import type { WorkbookData } from '../src/core/grid/types';
import { readWorkbook } from '../src/xlsx/read';
import { buildLargeWorkbook } from './large-workbook';

/**
 * Median wall time of fn over `runs` runs after one warm-up, in milliseconds. The fastest run is kept
 * too: on a shared 2-core machine the median moves with whatever else runs, the minimum much less.
 */
const fastest = new Map<string, number>();
async function time(runs: number, fn: () => unknown, label = ''): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  if (label) fastest.set(label, times[0]);
  return times[Math.floor(times.length / 2)];
}

async function main(): Promise<void> {
  const lines: string[] = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  say(`# Benchmark results`);
  say();
  say(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`);
  say(`Times are medians of repeated runs after a warm-up. Load average at start: ${loadavg()[0].toFixed(2)}.`);
  say();

  const n = 2000;
  const bytes = await buildLargeWorkbook(n);
  const runs = 7;
  const bareRead = await time(runs, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  });
  let data: WorkbookData | null = null;
  const adapterRead = await time(runs, async () => {
    data = await readWorkbook(bytes);
  });
  const workbook = data as unknown as WorkbookData;
  let indicators = 0;
  const core = await time(runs * 3, () => {
    indicators = checkWorkbook(workbook).model.scoreTables[0]?.indicators.length ?? 0;
  }, 'core');
  const whole = await time(runs, async () => checkWorkbook(await readWorkbook(bytes)));
  if (indicators !== n) throw new Error(`the bench workbook read as ${indicators} indicators, not ${n}`);

  say(`## Check of a ${n.toLocaleString('en-US')}-indicator workbook (${(bytes.length / 1024).toFixed(0)} KiB)`);
  say();
  say(`| what | median ms | target |`);
  say(`| --- | ---: | --- |`);
  say(`| bare ExcelJS read (load only) | ${bareRead.toFixed(1)} | |`);
  say(`| read into the core's grids (ExcelJS + adapter) | ${adapterRead.toFixed(1)} | |`);
  say(`| core: locate, parse, all checks | ${core.toFixed(1)} (fastest ${fastest.get('core')?.toFixed(1)}) | ≤ 50 |`);
  say(`| whole check (read + core) | ${whole.toFixed(1)} | |`);
  say(`| ratio whole check ÷ bare read | ${(whole / bareRead).toFixed(2)} | ≤ 1.3 |`);
  say();

  say(`## Core time by size`);
  say();
  say(`| indicators | core ms | ms per 1,000 |`);
  say(`| ---: | ---: | ---: |`);
  for (const size of [10, 100, 1000, 10000]) {
    const wb = await readWorkbook(await buildLargeWorkbook(size));
    const ms = await time(size >= 10000 ? 5 : 15, () => checkWorkbook(wb));
    say(`| ${size.toLocaleString('en-US')} | ${ms.toFixed(2)} | ${((ms / size) * 1000).toFixed(1)} |`);
  }
  say();
  writeFileSync(join(process.cwd(), 'bench', 'RESULTS.md'), `${lines.join('\n')}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
