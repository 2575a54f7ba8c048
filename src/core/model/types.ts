import type { Area } from '../grid/address';
import type { CellReading } from '../parse/number';
import type { Operator, Target } from '../parse/target';
import type { FundingRole, ScoreRole } from '../locate/synonyms';

/** Where something was read: the sheet and the cell, as users name them. */
export interface CellRef {
  sheet: string;
  address: string;
  row: number;
  col: number;
}

/** A value read from one cell: what it shows and how it reads as a number. */
export interface Field {
  cell: CellRef;
  text: string;
  reading: CellReading;
}

export interface TargetField extends Field {
  target: Target;
}

export type Orientation = 'vertical' | 'transposed';

/**
 * Which form a score table is: the national 项目支出 form (and its provincial copies), the national
 * 部门整体 form, an index table of 一级/二级/三级指标 with points (the Guangzhou kind, the sample's), or a
 * list of targets and actuals with no points at all.
 */
export type TableForm = 'project' | 'department' | 'index' | 'targets';

/** A leaf of the indicator tree: one row (or column) of the score table. */
export interface Indicator {
  /** Clean names from the first level down: no "（50分）", no spaces or line breaks. */
  path: string[];
  nameCell: CellRef;
  points: Field | null;
  score: Field | null;
  target?: TargetField;
  adjustedTarget?: TargetField;
  actual?: Field;
  unit?: Field;
  nature?: Field;
  /** The operator from the target text or the 指标性质 column, if any. */
  operator?: Operator | null;
  coefficient?: Field;
  criteria?: Field;
  explanation?: Field;
  /** The reason cell of the row, present whenever the table has a reason column (it may be empty). */
  reason?: Field;
  /**
   * 'funding': the scored 年度资金总额 / 预算执行率 line of the funding block above an indicator block (national
   * forms), counted in the table's total; absent for the table's own lines.
   */
  source?: 'funding';
}

/** A sum the sheet states: a 小计 / 合计 line, a group row with its own values, or a name's "（N分）". */
export interface StatedSum {
  kind: 'total' | 'subtotal' | 'group-row' | 'name-points';
  label: string;
  labelCell: CellRef;
  /** The group the sum covers; empty for the whole table. */
  groupPath: string[];
  /** The leaves it adds up (indices into the table's indicators). */
  parts: number[];
  points: Field | null;
  score: Field | null;
}

export interface ScoreTable {
  kind: 'score';
  sheet: string;
  area: Area;
  range: string;
  orientation: Orientation;
  /** Header cells by role. */
  header: Partial<Record<ScoreRole, CellRef & { text: string }>>;
  /** How many name levels the table has (1 to 3). */
  levels: number;
  indicators: Indicator[];
  sums: StatedSum[];
  total: StatedSum | null;
  form: TableForm;
  /** What the title block above this table names (a project form's 项目名称, 主管部门, 实施单位; the year). */
  meta: TableMeta;
  /** The funding block read with this table (the national forms' first block), if any. */
  funding?: FundingTable;
  /** The 年度总体目标 block of the national forms: the expected goal and what was done, as typed. */
  goals?: { expected: Paragraph | null; actual: Paragraph | null };
  /** A caption merged down the left of the indicator block ("绩效指标(90分)"): a title, never a level. */
  caption?: { text: string; cell: CellRef };
}

/** The names a form's title block gives, each with the cell it was read from. */
export interface TableMeta {
  /** 单位名称 / 部门名称 (the department form), or the unit a title names. */
  unit?: { text: string; cell: CellRef };
  /** 项目名称 (the project form). */
  project?: { text: string; cell: CellRef };
  /** 主管部门. */
  department?: { text: string; cell: CellRef };
  /** 实施单位. */
  implementer?: { text: string; cell: CellRef };
  year?: { value: number; cell: CellRef };
  title?: { text: string; cell: CellRef };
}

export interface FundingLine {
  label: string;
  labelCell: CellRef;
  isTotal: boolean;
  /**
   * The breakdown the line belongs to: by nature (基本支出 / 项目支出) or, under a 基本支出 line, its parts
   * (人员经费 / 公用经费, with `partOf` the index of that line); absent: by source (财政拨款, 上年结转, 其他资金 …).
   */
  breakdown?: 'nature' | 'basicPart';
  partOf?: number;
  values: Partial<Record<FundingRole, Field>>;
  /** The line's own scoring method text (贵州: "执行率*该指标分值,最高不得超过分值上限"), if the table has that column. */
  method?: Field;
}

export interface FundingTable {
  kind: 'funding';
  sheet: string;
  area: Area;
  range: string;
  orientation: Orientation;
  header: Partial<Record<FundingRole, CellRef & { text: string }>>;
  lines: FundingLine[];
}

export type FundingKey =
  | 'budget'
  | 'initialBudget'
  | 'spent'
  | 'rate'
  | 'sourceGeneral'
  | 'sourceFund'
  | 'sourceStateCapital'
  | 'sourceOther'
  | 'basic'
  | 'project'
  | 'carryover'
  | 'publicBudget'
  | 'publicSpent'
  | 'threePublicBudget'
  | 'threePublicSpent';

export interface FundingFact extends Field {
  key: FundingKey;
  label: string;
  labelCell: CellRef;
}

/** A key–value block of the year's budget figures. */
export interface FundingBlock {
  kind: 'funding';
  sheet: string;
  area: Area;
  range: string;
  facts: Partial<Record<FundingKey, FundingFact>>;
}

export interface Paragraph {
  cell: CellRef;
  text: string;
}

/** A sheet (or part of one) holding explanation paragraphs: an existing 自评表说明. */
export interface TextBlock {
  kind: 'text';
  sheet: string;
  area: Area;
  range: string;
  paragraphs: Paragraph[];
}

export interface WorkbookMeta {
  unit?: { text: string; cell: CellRef };
  year?: { value: number; cell: CellRef };
  title?: { text: string; cell: CellRef };
}

/** A short label with a longer text beside or below it ("部门职能 | …"). */
export interface LabelledText {
  /** The label, normalised (no whitespace, no colon). */
  label: string;
  text: string;
  cell: CellRef;
}

/** Everything the core found in a workbook. */
export interface WorkbookModel {
  scoreTables: ScoreTable[];
  fundingTables: FundingTable[];
  fundingBlocks: FundingBlock[];
  texts: TextBlock[];
  labelledTexts: LabelledText[];
  meta: WorkbookMeta;
  /** Sheets the search covered, in workbook order. */
  sheets: string[];
}
