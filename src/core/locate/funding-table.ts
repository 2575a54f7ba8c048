import { areaAddress } from '../grid/address';
import type { FundingLine, FundingTable } from '../model/types';
import { cleanName } from '../parse/normalize';
import type { Header } from './header';
import { fieldAt } from './fields';
import { isBlankLine, isNoteLine } from './line-labels';
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
  const itemPos = pos.get('item') ?? header.firstPos;
  const numberPositions = AMOUNT_ROLES.filter((r) => pos.has(r)).map((r) => pos.get(r) as number);
  const from = Math.min(itemPos, header.firstPos);
  const to = header.lastPos;
  const lines: FundingLine[] = [];
  let blanks = 0;
  let lastLine = header.dataStart - 1;
  for (let line = header.dataStart; line < view.lineCount; line++) {
    if (startsOtherTable(line)) break;
    if (isBlankLine(view, line, from, to)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isNoteLine(view, line, from, to, vocabulary.rows.note, numberPositions)) break;
    lastLine = line;
    const labelCell = view.filled(line, itemPos);
    const values: FundingLine['values'] = {};
    for (const role of AMOUNT_ROLES) {
      const field = fieldAt(view, line, pos.get(role));
      if (field) values[role] = field;
    }
    lines.push({
      label: cleanName(labelCell.text).replace(/^其中[:：]/, ''),
      labelCell: view.ref(labelCell),
      isTotal: isLabel(labelCell.text, vocabulary.rows.fundingTotal),
      values,
    });
  }
  const headerCells: FundingTable['header'] = {};
  for (const [role, p] of pos) {
    const cell = view.filled(header.line, p);
    headerCells[role] = { ...view.ref(cell), text: cell.text };
  }
  const area = view.area(header.line, Math.max(lastLine, header.line), from, to);
  return { kind: 'funding', sheet: view.grid.name, area, range: areaAddress(area), orientation: view.orientation, header: headerCells, lines };
}
