import { checkWorkbook } from '../../src/core/check';
import type { SheetData } from '../../src/core/grid/types';

function sheetWith(rows: (string | number | null)[][]): SheetData {
  return { name: '自评表', merges: [], cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))) };
}

/**
 * 湖北 学生资助 自评表: 一级 and 二级 written once (no merge) and left blank below; 满意度 and 过程 lines name a
 * new 一级 with no 二级. A blank 二级 under a new 一级 is not the 二级 of the group above.
 */
it('carries a blank level from the line above only under the same upper levels', () => {
  const result = checkWorkbook({
    sheets: [
      sheetWith([
        ['一级指标', '二级指标', '三级指标', '分值', '得分'],
        ['产出指标', '数量指标', '国家奖学金人数', 30, 30],
        [null, null, '国家助学金人数', 30, 30],
        ['效益指标', '社会效益指标', '资金发放率', 30, 30],
        ['服务对象满意度指标', null, '学生满意度', 5, 5],
        [null, null, '家长满意度', 5, 5],
      ]),
    ],
  });
  expect(result.model.scoreTables[0].indicators.map((i) => i.path.join('/'))).toEqual([
    '产出指标/数量指标/国家奖学金人数',
    '产出指标/数量指标/国家助学金人数',
    '效益指标/社会效益指标/资金发放率',
    '服务对象满意度指标/学生满意度',
    '服务对象满意度指标/家长满意度',
  ]);
});
