import fundingLabels from '../data/funding-labels.json';
import { type Area, areaAddress } from '../grid/address';
import type { Grid } from '../grid/grid';
import type { FundingBlock, FundingFact, FundingKey } from '../model/types';
import { normalizeLabel } from '../parse/normalize';
import { readCellNumber } from '../parse/number';
import { cellRef } from './line-view';
import { labelOf } from './synonyms';

export type FundingLabels = Record<FundingKey, string[]>;
export const defaultFundingLabels = Object.fromEntries(
  Object.entries(fundingLabels).filter(([k]) => !k.startsWith('$')),
) as FundingLabels;

/** How far to the right of a label its value may sit (label | unit | value is common). */
const VALUE_REACH = 3;

/**
 * Finds a key–value block of budget figures (预算数 / 执行数 / 一般公共预算财政拨款支出 …):
 * a short label cell with a number to its right, or else below it. Cells inside tables are skipped.
 */
export function readFundingBlock(
  grid: Grid,
  labels: FundingLabels,
  skip: (row: number, col: number) => boolean,
): FundingBlock | null {
  const byLabel = new Map<string, FundingKey>();
  for (const [key, names] of Object.entries(labels) as [FundingKey, string[]][]) {
    for (const name of names) if (!byLabel.has(name)) byLabel.set(name, key);
  }
  const facts: FundingBlock['facts'] = {};
  let area: Area | null = null;
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || raw.value.length > 30 || skip(row, col)) return;
    const key = byLabel.get(labelOf(raw.value));
    if (!key || facts[key]) return;
    const valueCell = findValueCell(grid, row, col);
    if (!valueCell) return;
    const labelCell = grid.cell(row, col);
    const fact: FundingFact = {
      key,
      label: raw.value.trim(),
      labelCell: cellRef(grid, labelCell),
      cell: cellRef(grid, valueCell),
      text: valueCell.text.trim(),
      reading: readCellNumber(valueCell),
    };
    facts[key] = fact;
    area = grow(grow(area, row, col), valueCell.row, valueCell.col);
  });
  if (!area) return null;
  return { kind: 'funding', sheet: grid.name, area, range: areaAddress(area), facts };
}

function findValueCell(grid: Grid, row: number, col: number) {
  const label = grid.cell(row, col);
  const startCol = label.merge ? label.merge.right + 1 : col + 1;
  for (let c = startCol; c < startCol + VALUE_REACH; c++) {
    const cell = grid.filled(row, c);
    const reading = readCellNumber(cell);
    if (reading.kind === 'number' || reading.kind === 'error') return cell;
    if (reading.kind === 'text' && normalizeLabel(cell.text).length > 4) return null;
  }
  const below = grid.filled((label.merge ? label.merge.bottom : row) + 1, col);
  const reading = readCellNumber(below);
  return reading.kind === 'number' || reading.kind === 'error' ? below : null;
}

function grow(area: Area | null, row: number, col: number): Area {
  if (!area) return { top: row, bottom: row, left: col, right: col };
  return {
    top: Math.min(area.top, row),
    bottom: Math.max(area.bottom, row),
    left: Math.min(area.left, col),
    right: Math.max(area.right, col),
  };
}
