/**
 * Text from the workbook never becomes a formula in Excel either: names, a unit and a reason starting
 * with = + - @ go through the Office.js adapter (the fake parses a string written to a cell not
 * formatted "@" as Excel does) into 检查结果, the 自评表说明 and the notes, and stay text. The ExcelJS
 * path and the batch summary have their own such tests (test/annotate.test.ts, test/batch.test.ts).
 */
import { checkWorkbook } from '../../src/core/check';
import type { WorkbookData } from '../../src/core/grid/types';
import { buildReport } from '../../src/core/report/build';
import { buildWritePlan } from '../../src/core/write-plan/build';
import { applyPlan } from '../../src/office/apply-plan';
import { FakeExcel } from '../office/fake-excel';

const FORMULA_LIKE = ['=HYPERLINK("http://x","点我")', '+1+1', '-2分', '@SUM(A1:A3)'];
const text = (value: string) => ({ value });

const workbook: WorkbookData = {
  sheets: [
    {
      name: '自评表',
      cells: [
        [text('单位名称：=1+1局')],
        [text('一级指标'), text('二级指标'), text('分值'), text('自评得分'), text('扣分原因')],
        [text('管理效能'), text(FORMULA_LIKE[0]), { value: 4 }, { value: 3.5 }, text('=A1&"扣分"')],
        [text('管理效能'), text(FORMULA_LIKE[1]), { value: 3 }, { value: 2 }],
        [text('管理效能'), text(FORMULA_LIKE[2]), { value: 3 }, { value: 3 }],
        [text('管理效能'), text(FORMULA_LIKE[3]), { value: 2 }, { value: 1 }],
        [text('合计'), undefined, { value: 12 }, { value: 9.5 }],
      ],
      merges: [],
    },
  ],
};

it('writes names and reasons starting with = + - @ as text in every generated sheet and note', async () => {
  const result = checkWorkbook(workbook);
  expect(result.model.scoreTables[0]?.indicators).toHaveLength(4);
  const plan = buildWritePlan(result, 'zh-CN', { highlights: true, findings: true, explanation: buildReport(result) });
  const fake = FakeExcel.fromWorkbookData(workbook);
  await applyPlan(fake.context, plan, { notes: true });

  const formulas = fake.model
    .live()
    .flatMap((s) => [...s.cells.values()].filter((c) => c.formula !== undefined).map((c) => `${s.name}: ${c.formula}`));
  expect(formulas).toEqual([]);
  // The texts did arrive, as text: the names in 检查结果's indicator column, the reason in the 说明.
  const values = [...fake.sheet('检查结果').cells.values()].map((c) => c.value);
  for (const name of FORMULA_LIKE) expect(values).toContain(name);
  const explanation = [...fake.sheet('自评表说明').cells.values()].map((c) => String(c.value)).join('\n');
  expect(explanation).toContain('=A1&"扣分"');
  expect([...fake.sheet('自评表').notes.values()].some((n) => n.content.includes(FORMULA_LIKE[0]))).toBe(true);
});
