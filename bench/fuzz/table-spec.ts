/**
 * Generated score tables that are consistent by construction (brief §2): two or three name levels,
 * vertical or transposed, first-level groups with "（N分）" in their name or not, 小计 lines or not, a
 * correct 合计, scores between 0 and the points with at most two decimals. All figures are kept in
 * hundredths (integers), so every sum is exact before it is written.
 *
 * Shared by the fuzz tests (test/fuzz) and the bench (bench/fuzz.ts): it lives under bench/ because only
 * bench/ is compiled by both tsconfig.json and tsconfig.cli.json.
 */
import fc from 'fast-check';

export type Orientation = 'vertical' | 'transposed';
/** Group names merged over their lines, written on the first line only, or repeated on every line. */
export type NameStyle = 'merged' | 'once' | 'repeated';
/** Figures as numbers, as text ("12.5", "12.5分", "１２．５"), or as numbers with a "0.00" format. */
export type NumberStyle = 'number' | 'text' | 'unit' | 'full-width' | 'fixed2';

export interface LeafSpec {
  name: string;
  /** Hundredths of a point. */
  points: number;
  score: number;
  /** A deduction comes with a reason (when the table has a reason column). */
  reason: boolean;
}

export interface SubgroupSpec {
  /** '' in two-level tables, where the leaves sit directly under the first level. */
  name: string;
  leaves: LeafSpec[];
}

export interface GroupSpec {
  name: string;
  subgroups: SubgroupSpec[];
}

export interface TableSpec {
  sheetName: string;
  orientation: Orientation;
  levels: 2 | 3;
  groups: GroupSpec[];
  /** "产出指标（40分）", "产出指标(40分)" or no points in the first-level names. */
  groupPoints: 'none' | 'full-width' | 'half-width';
  subtotals: boolean;
  nameStyle: NameStyle;
  numberStyle: NumberStyle;
  /** Line breaks typed inside some names ("预算\n执行率"); the reader drops them. */
  nameBreaks: boolean;
  serialColumn: boolean;
  reasonColumn: boolean;
  scoreFirst: boolean;
  mergeTotalLabel: boolean;
  headers: { levels: string[]; points: string; score: string; reason: string };
  totalLabel: string;
  subtotalLabel: string;
  /** 0-based sheet position of the table's first header cell. */
  top: number;
  left: number;
  title: boolean;
  /** A 注 line under the table: right below it (0) or after one blank line (1); null for none. */
  noteGap: 0 | 1 | null;
}

// Names as published tables write them (fixtures, brief §2 and §5). None is a header synonym or a row label.
export const LEVEL1_NAMES = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '履职效能',
  '管理效率',
  '决策',
  '过程',
  '产出',
  '效益',
  '预算管理',
  '部门管理',
  '部门绩效',
  '投入管理',
  '运行管理',
];
export const LEVEL2_NAMES = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '社会效益指标',
  '经济效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '预算编制',
  '预算执行',
  '财务管理',
  '采购管理',
  '信息公开',
  '绩效管理',
  '职责履行',
  '履职效益',
  '资金投入',
  '制度建设',
  '资产管理',
];
export const LEAF_NAMES = [
  '培训场次',
  '培训人次',
  '培训合格率',
  '档案完整率',
  '培训按时完成率',
  '就业技能提升率',
  '长效机制建立',
  '学员满意度',
  '基本支出预算执行率',
  '项目支出预算执行率',
  '三公经费控制率',
  '预算调整率',
  '资金结余',
  '财务管理制度',
  '资金使用合规性',
  '政府采购执行率',
  '资产管理制度',
  '资产管理安全性',
  '固定资产利用率',
  '重点工作完成率',
  '重点工作完成及时率',
  '社会效益',
  '服务对象满意度',
  '预算编制质量',
  '预算执行率',
  '资产管理规范性',
  '政府采购规范性',
  '群众满意度',
  '政策知晓率',
  '覆盖人数',
  '验收合格率',
  '就业率',
  '部门预算资金支出率',
  '整体效能',
  '信息公开及时性',
  '绩效目标合理性',
  '绩效监控开展情况',
  '绩效自评质量',
  '结果应用情况',
  '内控制度健全性',
  '会计核算规范性',
  '决算编报质量',
  '专项资金到位率',
  '项目完成率',
  '项目验收合格率',
  '项目按期完成率',
  '公用经费控制率',
  '在职人员控制率',
  '重点项目推进情况',
  '社区服务覆盖率',
  '居民投诉办结率',
  '安全生产事故发生率',
  '环境卫生达标率',
  '文体活动开展场次',
  '志愿服务参与人数',
  '民生实事完成率',
  '信访事项按期办结率',
  '网格化管理覆盖率',
  '应急演练次数',
  '消防检查覆盖率',
  '流动人口登记率',
  '垃圾分类达标率',
  '困难群众救助及时率',
  '法律援助受理率',
  '矛盾纠纷调解成功率',
  '宣传报道篇数',
  '档案数字化率',
  '设备完好率',
];
const SHEET_NAMES = ['自评表', '绩效自评表', '评分表', '部门整体支出绩效自评表', 'Sheet1', '附表2'];

/** The most first-level groups, subgroups per group and leaves per subgroup a generated table has. */
const MAX = { groups: 5, subgroups: 3, leaves: 4, leaves2: 5 };

const hundredthsArb = (min: number, max: number) => fc.integer({ min, max });

/** Points: whole (1–20) or with one decimal (0.5–20.0); the score: full, or any 2-decimal share of them. */
export const leafFiguresArb: fc.Arbitrary<{ points: number; score: number; reason: boolean }> = fc
  .record({
    points: fc.oneof(
      hundredthsArb(1, 20).map((n) => n * 100),
      hundredthsArb(5, 200).map((n) => n * 10),
    ),
    full: fc.boolean(),
    share: fc.integer({ min: 0, max: 10_000 }),
    reason: fc.boolean(),
  })
  .map(({ points, full, share, reason }) => ({
    points,
    score: full ? points : Math.round((points * share) / 10_000),
    reason,
  }));

/** Group sizes first, then distinct names for every level drawn from the pools. */
const shapeArb = fc.record({
  levels: fc.constantFrom<2 | 3>(2, 3),
  sizes: fc.array(fc.array(fc.integer({ min: 1, max: MAX.leaves2 }), { minLength: 1, maxLength: MAX.subgroups }), {
    minLength: 1,
    maxLength: MAX.groups,
  }),
});

const groupsArb: fc.Arbitrary<{ levels: 2 | 3; groups: GroupSpec[] }> = shapeArb.chain(({ levels, sizes }) => {
  // Two levels: one subgroup per group; three: up to MAX.leaves leaves per subgroup.
  const shape = levels === 2 ? sizes.map((s) => [s[0]]) : sizes.map((s) => s.map((n) => Math.min(n, MAX.leaves)));
  const leafCount = shape.flat().reduce((a, b) => a + b, 0);
  const subCount = shape.reduce((a, s) => a + s.length, 0);
  return fc
    .record({
      l1: fc.shuffledSubarray(LEVEL1_NAMES, { minLength: shape.length, maxLength: shape.length }),
      l2: fc.shuffledSubarray(LEVEL2_NAMES, { minLength: subCount, maxLength: subCount }),
      leaves: fc.shuffledSubarray(LEAF_NAMES, { minLength: leafCount, maxLength: leafCount }),
      figures: fc.array(leafFiguresArb, { minLength: leafCount, maxLength: leafCount }),
    })
    .map(({ l1, l2, leaves, figures }) => {
      let leaf = 0;
      let sub = 0;
      const groups = shape.map((subs, g) => ({
        name: l1[g],
        subgroups: subs.map((n) => ({
          name: levels === 2 ? '' : l2[sub++],
          leaves: Array.from({ length: n }, () => ({ name: leaves[leaf], ...figures[leaf++] })),
        })),
      }));
      return { levels, groups };
    });
});

const headersArb = (levels: 2 | 3) =>
  fc.record({
    levels: fc.constant(['一级指标', '二级指标', '三级指标'].slice(0, levels)),
    points: fc.constantFrom('分值', '指标分值', '权重', '指标权重(分)', '分值（分）', '指标 分值'),
    score: fc.constantFrom('自评得分', '得分', '指标得分', '自评得分(分)', '自评\n得分'),
    reason: fc.constantFrom('扣分原因', '扣分原因和其他说明', '偏差原因分析'),
  });

export const tableSpecArb: fc.Arbitrary<TableSpec> = groupsArb.chain(({ levels, groups }) =>
  fc.record({
    sheetName: fc.constantFrom(...SHEET_NAMES),
    orientation: fc.constantFrom<Orientation>('vertical', 'transposed'),
    levels: fc.constant(levels),
    groups: fc.constant(groups),
    groupPoints: fc.constantFrom<TableSpec['groupPoints']>('none', 'full-width', 'half-width'),
    subtotals: fc.boolean(),
    nameStyle: fc.constantFrom<NameStyle>('merged', 'once', 'repeated'),
    numberStyle: fc.constantFrom<NumberStyle>('number', 'number', 'text', 'unit', 'full-width', 'fixed2'),
    nameBreaks: fc.boolean(),
    serialColumn: fc.boolean(),
    reasonColumn: fc.boolean(),
    scoreFirst: fc.boolean(),
    mergeTotalLabel: fc.boolean(),
    headers: headersArb(levels),
    totalLabel: fc.constantFrom('合计', '总分', '总计', '合计得分'),
    subtotalLabel: fc.constantFrom('小计', '分项小计'),
    top: fc.integer({ min: 0, max: 4 }),
    left: fc.integer({ min: 0, max: 3 }),
    title: fc.boolean(),
    noteGap: fc.constantFrom<TableSpec['noteGap']>(null, 0, 1),
  }),
);

export const leavesOf = (spec: TableSpec): LeafSpec[] =>
  spec.groups.flatMap((g) => g.subgroups.flatMap((s) => s.leaves));
