/**
 * 标注 as the pane writes it (highlights with notes, 检查结果 and the 自评表说明): every request stays
 * under the host's payload limit, however many paragraphs the 说明 merges. Its merges (one per paragraph,
 * 12,815 for 10,000 indicators) used to go in one write job: one request of 5.8 MB at that size, which
 * Excel on the web refuses. Here the same at a fifth of the size, with the limit and budget scaled down.
 */
import { checkWorkbook } from '../../src/core/check';
import { buildReport } from '../../src/core/report/build';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { applyPlan } from '../../src/office/apply-plan';
import { FakeExcel } from './fake-excel';
import { largeData } from './helpers';

const LIMIT = 1024 * 1024;

it('splits a long 自评表说明’s merges over requests within the limit, every merge written', async () => {
  const data = await largeData(2_000);
  const result = checkWorkbook(data);
  const plan = buildWritePlan(result, 'zh-CN', { highlights: true, findings: true, explanation: buildReport(result) });
  const explanation = plan.sheets.find((s) => s.name === '自评表说明');
  const spans = explanation?.rows.flat().filter((c) => (c.span ?? 1) > 1).length ?? 0;
  // Enough merges that one job of them alone would exceed the limit (about 450 bytes each).
  expect(spans * 450).toBeGreaterThan(LIMIT);

  const fake = FakeExcel.fromWorkbookData(data, { payloadLimit: LIMIT });
  const applied = await applyPlan(fake.context, plan, { notes: true, requestBudget: 0.9 * LIMIT });
  expect(fake.syncLog.filter((s) => s.failed !== undefined || s.requestBytes > LIMIT)).toEqual([]);
  expect(applied.syncs).toBe(fake.syncLog.length);
  expect(fake.sheet('自评表说明').merges).toHaveLength(spans);
}, 60_000);
