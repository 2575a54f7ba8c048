import { areaAddress } from '../grid/address';
import type { FundingLine, FundingTable } from '../model/types';
import { cleanName } from '../parse/normalize';
import type { Header } from './header';
import { fieldAt } from './fields';
import { readCellNumber } from '../parse/number';
import { nextBodyLine } from './line-labels';
import type { LineView } from './line-view';
import { isLabel, type FundingRole, type Vocabulary } from './synonyms';

const AMOUNT_ROLES: readonly FundingRole[] = ['initialBudget', 'adjustedBudget', 'spent', 'rate', 'points', 'score'];

/** Reads a funding table (项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分). */
export function readFundingTable(
  view: LineView,
  header: Header<FundingRole>,
  vocabulary: Vocabulary,
  startsOtherTable: (line: number) => boolean,
): FundingTable {
  const pos = header.positions;
  // Without a named item column, the labels stand just left of the amounts (a caption may stand left of them).
  const itemPos = pos.get('item') ?? Math.max(0, header.firstPos - 2);
  const numberPositions = AMOUNT_ROLES.filter((r) => pos.has(r)).map((r) => pos.get(r) as number);
  const from = Math.min(itemPos, header.firstPos);
  const to = header.lastPos;
  const firstAmount = Math.min(...numberPositions.filter((p) => p > itemPos), to + 1);
  const lines: FundingLine[] = [];
  let lastLine = header.dataStart - 1;
  const { note, end, fundingEnd } = vocabulary.rows;
  const bounds = { from, to, note, end: [end, fundingEnd], numberPositions, startsOtherTable };
  for (
    let line = nextBodyLine(view, header.dataStart, bounds);
    line >= 0;
    line = nextBodyLine(view, line + 1, bounds)
  ) {
    // A block ends where its figures end: a line of text where the amounts stand (预期目标 | 实际完成情况).
    if (holdsTextOnly(view, line, numberPositions)) break;
    lastLine = line;
    const labelCell = view.filled(line, labelPos(view, line, itemPos, firstAmount));
    const values: FundingLine['values'] = {};
    for (const role of AMOUNT_ROLES) {
      const field = fieldAt(view, line, pos.get(role));
      if (field) values[role] = field;
    }
    // 贵州's 得分计算方法 ("执行率*该指标分值,最高不得超过分值上限"): the line's own scoring rule.
    const method = fieldAt(view, line, pos.get('method'), false);
    lines.push({
      label: cleanName(labelCell.text).replace(/^其中[:：]/, ''),
      labelCell: view.ref(labelCell),
      isTotal: isLabel(labelCell.text, vocabulary.rows.fundingTotal),
      values,
      ...(method && method.text !== '' ? { method } : {}),
    });
  }
  markBreakdowns(lines, vocabulary);
  const headerCells: FundingTable['header'] = {};
  for (const [role, p] of pos) {
    const cell = view.filled(header.line, p);
    headerCells[role] = { ...view.ref(cell), text: cell.text };
  }
  const area = view.area(header.line, Math.max(lastLine, header.line), from, to);
  return {
    kind: 'funding',
    sheet: view.grid.name,
    area,
    range: areaAddress(area),
    orientation: view.orientation,
    header: headerCells,
    lines,
  };
}

/**
 * Which breakdown each line belongs to. A total may be split twice — by source (其中：财政拨款 / 其他资金) and by
 * nature (基本支出 / 项目支出, 南县财政局 2024) — and 基本支出 once more into 人员经费 / 公用经费 (南县政协 2021):
 * each breakdown adds up to its own total, never all the lines together.
 */
function markBreakdowns(lines: FundingLine[], vocabulary: Vocabulary): void {
  const { fundingNature, fundingBasicPart } = vocabulary.rows;
  let nature = -1;
  lines.forEach((l, i) => {
    if (l.isTotal) nature = -1;
    else if (fundingBasicPart && nature >= 0 && isLabel(l.label, fundingBasicPart)) {
      l.breakdown = 'basicPart';
      l.partOf = nature;
    } else if (fundingNature && isLabel(l.label, fundingNature)) {
      l.breakdown = 'nature';
      nature = i;
    } else nature = -1;
  });
}

/** Whether the amount cells of a line hold text and no figure. */
function holdsTextOnly(view: LineView, line: number, positions: number[]): boolean {
  let text = false;
  for (const pos of positions) {
    const kind = readCellNumber(view.rawAt(line, pos)).kind;
    if (kind === 'number' || kind === 'error') return false;
    if (kind === 'text') text = true;
  }
  return text;
}

/**
 * Where a line's label stands: the first text of its own before the amounts, past a caption merged down the
 * block ("项目资金（万元）" over 年度资金总额 / 其中：本年财政拨款 …); the item column where there is none.
 */
function labelPos(view: LineView, line: number, itemPos: number, firstAmount: number): number {
  for (let pos = itemPos; pos < firstAmount; pos++) {
    if ((view.mergeLines(line, pos)?.first ?? line) < line) continue;
    if (!view.isEmpty(line, pos)) return pos;
  }
  return itemPos;
}
