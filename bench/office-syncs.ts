/// <reference types="office-js" />
/**
 * The Office.js path's round trips by size: context.sync() calls and request / response bytes of one
 * read and of one 标注 (highlights with notes, 检查结果, 自评表说明, as the pane writes them), through
 * the simulated host of test/office/fake-excel.ts, which measures each sync's payload as the Office.js
 * runtime would send it. The target: the same number of syncs at every size, at most 2 + 2.
 *
 *   node lib/bench/office-syncs.js
 */
import { checkWorkbook } from '../src/core/check';
import { buildReport } from '../src/core/report/build';
import { buildWritePlan } from '../src/core/write-plan/build';
import type { WritePlan } from '../src/core/write-plan/types';
import { applyPlan } from '../src/office/apply-plan';
import type { ExcelContext } from '../src/office/excel-types';
import { readWorkbook as readOffice } from '../src/office/read-workbook';
import { readWorkbook as readXlsx } from '../src/xlsx/read';
import { FakeExcel, type SyncRecord } from '../test/office/fake-excel';
import { buildLargeWorkbook } from './large-workbook';

export interface SyncFigures {
  indicators: number;
  marks: number;
  read: { syncs: number; request: number; response: number };
  /** 标注 on Excel on the web: requests of at most 4.5 MB (the web refuses 5 MB). */
  apply: { syncs: number; request: number; response: number };
  /** 标注 on Excel for Windows or Mac, which have no request limit: the whole plan in one request. */
  applyDesktop: { syncs: number; request: number; response: number };
  /** Highlights with notes and 检查结果 only, without the 自评表说明 (what test/office/scale.test.ts applies). */
  applyNoExplanation: { syncs: number; request: number; response: number };
}

const totals = (log: SyncRecord[]) => ({
  syncs: log.length,
  request: log.reduce((a, s) => a + s.requestBytes, 0),
  response: log.reduce((a, s) => a + s.responseBytes, 0),
});

export async function measureSyncs(sizes = [10, 100, 1_000, 10_000]): Promise<SyncFigures[]> {
  const out: SyncFigures[] = [];
  for (const n of sizes) {
    const data = await readXlsx(await buildLargeWorkbook(n));
    const reader = FakeExcel.fromWorkbookData(data);
    const read = await readOffice(reader.context as unknown as ExcelContext, { merges: true });
    if (read.data.sheets.length !== data.sheets.length)
      throw new Error(`${n}: the fake host read ${read.data.sheets.length} sheets`);
    const readLog = reader.syncLog.slice();

    const result = checkWorkbook(read.data);
    const apply = async (plan: WritePlan, desktop = false) => {
      const writer = FakeExcel.fromWorkbookData(data, desktop ? { payloadLimit: Number.POSITIVE_INFINITY } : {});
      await applyPlan(writer.context as unknown as ExcelContext, plan, {
        notes: true,
        requestBudget: desktop ? Number.POSITIVE_INFINITY : undefined,
      });
      return totals(writer.syncLog);
    };
    const plan = buildWritePlan(result, 'zh-CN', {
      highlights: true,
      findings: true,
      explanation: buildReport(result),
    });
    out.push({
      indicators: n,
      marks: plan.marks.length,
      read: totals(readLog),
      apply: await apply(plan),
      applyDesktop: await apply(plan, true),
      applyNoExplanation: await apply(buildWritePlan(result, 'zh-CN', { highlights: true, findings: true })),
    });
  }
  return out;
}

const kib = (bytes: number) =>
  bytes < 10_240 ? `${bytes.toLocaleString('en-US')} B` : `${(bytes / 1024).toFixed(0)} KiB`;

type Run = SyncFigures['read'];
const cell = (r: Run) => `${r.syncs} | ${kib(r.request)} / ${kib(r.response)}`;
/** Where the target holds: the same syncs at every size, at most 2 for the read and 2 for the write. */
function verdict(figures: SyncFigures[], write: (f: SyncFigures) => Run): string {
  const constant = figures.every(
    (f) => f.read.syncs === figures[0].read.syncs && write(f).syncs === write(figures[0]).syncs,
  );
  const within = figures.every((f) => f.read.syncs <= 2 && write(f).syncs <= 2);
  return constant && within
    ? 'constant, within 2 + 2'
    : `NOT ${constant ? 'within 2 + 2' : 'constant'} (${figures.map((f) => `${f.read.syncs} + ${write(f).syncs}`).join(', ')})`;
}

export function syncLines(figures: SyncFigures[]): string[] {
  return [
    "One read (values, number formats, merged areas, an earlier run's state) and one write, through the simulated host of test/office/fake-excel.ts, which sizes each sync as the Office.js runtime would send it. Workbook: the bench table above at each size. 标注 is what the pane writes (highlights with notes, 检查结果, 自评表说明). Excel for Windows and Mac have no request limit: the pane sends the whole write at once there. Excel on the web refuses a request over 5 MB (the fake too): the pane sends writes in requests of at most 4.5 MB there. The last columns leave the 自评表说明 out (web).",
    '',
    '| indicators | marks | read: syncs | read: request / response | 标注, desktop: syncs | 标注, desktop: request / response | 标注, web: syncs | 标注, web: request / response | without 说明, web: syncs | without 说明, web: request / response |',
    '| ---: | ---: | ---: | --- | ---: | --- | ---: | --- | ---: | --- |',
    ...figures.map(
      (f) =>
        `| ${f.indicators.toLocaleString('en-US')} | ${f.marks.toLocaleString('en-US')} | ${cell(f.read)} | ${cell(f.applyDesktop)} | ${cell(f.apply)} | ${cell(f.applyNoExplanation)} |`,
    ),
    '',
    `Target: the same syncs at every size, ≤ 2 + 2. Read + 标注 on Excel for Windows and Mac: ${verdict(figures, (f) => f.applyDesktop)}. Read + 标注 on the web: ${verdict(figures, (f) => f.apply)} — at 10,000 indicators the write itself is over 5 MB (the 自评表说明 alone has about 23,000 rows), more than two requests can carry there. Read + write without the 说明 on the web: ${verdict(figures, (f) => f.applyNoExplanation)}.`,
  ];
}

if (require.main === module) {
  measureSyncs().then(
    (f) => console.log(syncLines(f).join('\n')),
    (err) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
