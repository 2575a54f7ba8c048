import { cleanUnit, unitFromTitle } from '../../src/core/locate/meta';
import { checkWorkbook } from '../../src/core/check';
import type { SheetData } from '../../src/core/grid/types';

/** The unit's name as the batch summary and the 自评表说明 show it: the name alone. */
it.each([
  ['岳阳市某局　　　　评价时间：2025年3月', '岳阳市某局'],
  ['某区民政局  实施单位：某街道办事处', '某区民政局'],
  ['某区民政局实施单位：某街道办事处', '某区民政局'],
  ['某区城市管理局(盖章)', '某区城市管理局'],
  ['某区城市管理局（盖章）', '某区城市管理局'],
  ['寿县农业农村局2023年度', '寿县农业农村局'],
  ['广州市荔湾区人民政府白鹤洞街道办事处', '广州市荔湾区人民政府白鹤洞街道办事处'],
  ['某 区 财 政 局', '某区财政局'],
])('%s → %s', (raw, unit) => {
  expect(cleanUnit(raw)).toBe(unit);
});

function sheetWith(rows: (string | number | null)[][]): SheetData {
  return { name: '自评表', merges: [], cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))) };
}

const table = [
  ['一级指标', '二级指标', '分值', '得分'],
  ['产出指标', '数量', 50, 50],
  ['效益指标', '满意度', 50, 48],
];

it('reads the unit from a 单位名称 line that goes on with the evaluation date', () => {
  const result = checkWorkbook({
    sheets: [
      sheetWith([['2024年度部门整体支出绩效自评表'], ['单位名称：岳阳市某局　　　　评价时间：2025年3月'], ...table]),
    ],
  });
  expect(result.model.meta.unit?.text).toBe('岳阳市某局');
  expect(result.model.meta.year?.value).toBe(2024);
});

it('takes no unit from a title that names none', () => {
  const result = checkWorkbook({ sheets: [sheetWith([['部门整体支出绩效自评表'], ...table])] });
  expect(result.model.meta.unit).toBeUndefined();
});

it('takes the unit from a title, without the year after it', () => {
  const result = checkWorkbook({ sheets: [sheetWith([['寿县农业农村局2023年度部门整体支出绩效自评表'], ...table])] });
  expect(result.model.meta.unit?.text).toBe('寿县农业农村局');
});

/** A title that names no form names its unit before the year, as 湖北科技学院's 自评结果 does. */
it.each([
  ['湖北科技学院2021年度本专科生奖助学金项目自评结果', '湖北科技学院'],
  ['寿县农业农村局2023年度部门整体支出绩效自评表', '寿县农业农村局'],
  ['2021年度本专科生奖助学金项目自评结果', null],
  ['项目支出2021年度自评结果', null],
])('unit from the title %s → %s', (title, unit) => {
  expect(unitFromTitle(title)).toBe(unit);
});
