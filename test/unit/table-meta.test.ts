import { checkWorkbook } from '../../src/core/check';
import type { SheetData } from '../../src/core/grid/types';

type Row = (string | number | null)[];

function sheet(name: string, rows: Row[]): SheetData {
  return { name, merges: [], cells: rows.map((r) => r.map((v) => (v === null ? undefined : { value: v }))) };
}

const indicators: Row[] = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '培训场次', '≥6次', '12次', 50, 50],
  ['效益指标', '社会效益指标', '群众满意度', '≥90%', '95%', 50, 50],
];

it('reads a project form title block: 项目名称, 主管部门 and 实施单位 on one line, the year line', () => {
  const result = checkWorkbook({
    sheets: [
      sheet('项目表', [
        ['项目支出绩效自评表'],
        ['（2024年度）'],
        ['项目名称：老旧道路维修改造项目'],
        ['主管部门：某区住房和城乡建设局　　　　实施单位：某区市政设施维护中心'],
        ...indicators,
      ]),
    ],
  });
  const meta = result.model.scoreTables[0].meta;
  expect(meta.project?.text).toBe('老旧道路维修改造项目');
  expect(meta.department?.text).toBe('某区住房和城乡建设局');
  expect(meta.implementer?.text).toBe('某区市政设施维护中心');
  expect(meta.year).toEqual({ value: 2024, cell: expect.objectContaining({ address: 'A2' }) });
  expect(meta.title?.text).toBe('项目支出绩效自评表');
  expect(meta.unit).toBeUndefined();
});

it('reads labels in their own cells with the value beside them', () => {
  const result = checkWorkbook({
    sheets: [
      sheet('项目表', [
        ['2023年度项目支出绩效自评表'],
        ['项目名称', '社区养老服务补贴'],
        ['主管部门', '某县民政局', '实施单位', '某县社会福利中心'],
        ...indicators,
      ]),
    ],
  });
  const meta = result.model.scoreTables[0].meta;
  expect(meta.project).toEqual({ text: '社区养老服务补贴', cell: expect.objectContaining({ address: 'B2' }) });
  expect(meta.department?.text).toBe('某县民政局');
  expect(meta.implementer?.text).toBe('某县社会福利中心');
  expect(meta.year?.value).toBe(2023);
});

it('gives each of two tables on one sheet its own title block', () => {
  const result = checkWorkbook({
    sheets: [
      sheet('自评表', [
        ['2024年度部门整体支出绩效自评表'],
        ['单位名称：某区民政局'],
        ...indicators,
        [],
        ['2024年度项目支出绩效自评表'],
        ['项目名称：困难群众救助'],
        ...indicators,
      ]),
    ],
  });
  const [first, second] = result.model.scoreTables;
  expect(first.meta.unit?.text).toBe('某区民政局');
  expect(first.meta.project).toBeUndefined();
  expect(second.meta.project?.text).toBe('困难群众救助');
  expect(second.meta.unit).toBeUndefined();
  expect(second.meta.title?.cell.address).toBe('A7');
});

it('reads the unit and year of the sample-like transposed table from its title and 单位名称 line', () => {
  const result = checkWorkbook({
    sheets: [
      sheet('自评表', [
        ['2024年度广州市荔湾区人民政府白鹤洞街道办事处部门整体支出绩效自评表'],
        ['单位名称：广州市荔湾区人民政府白鹤洞街道办事处'],
        ['一级指标', '履职效能', '管理效能', '合计'],
        ['二级指标', '整体效能', '预算编制', null],
        ['指标分值', 50, 50, 100],
        ['自评得分', 49.88, 47.5, 97.38],
      ]),
    ],
  });
  const meta = result.model.scoreTables[0].meta;
  expect(meta.unit?.text).toBe('广州市荔湾区人民政府白鹤洞街道办事处');
  expect(meta.year?.value).toBe(2024);
});
