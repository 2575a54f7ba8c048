/** The score table as the report shows it, and the totals it states. */

import { numberOf, show, showReading } from '../checks/numbers';
import { cleanSum } from '../checks/tolerance';
import type { Indicator, ScoreTable } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { chineseNumber } from './chinese-numbers';
import type { Block } from './document';
import type { FundingScore } from './funding-text';
import { figure } from './indicator-text';
import { fill, type Templates } from './template';

export function sumOf(indicators: Indicator[], key: 'points' | 'score'): string {
  const values = indicators.map((i) => numberOf(i[key]));
  if (values.length === 0 || values.some((v) => v === null)) return '';
  const known = values as ReadNumber[];
  const decimals = Math.max(0, ...known.map((v) => v.decimals));
  return show(cleanSum(known), decimals);
}

/** The table's stated 合计 / 总分, else the sum of its lines where every one is filled; '' when it cannot be told. */
export function tableTotal(table: ScoreTable, key: 'points' | 'score'): string {
  const stated = numberOf(table.total?.[key]);
  if (stated) return showReading(stated);
  return sumOf(table.indicators, key);
}

/** The score table as the seed shows it: one row per indicator, its levels, points and score, and the total. */
export function scoreTableBlock(
  table: ScoreTable,
  t: Templates,
  totalText: string,
  fundingRow: FundingScore | null,
): Block {
  const h = t.tableHeader;
  const levels = Math.max(1, ...table.indicators.map((i) => i.path.length));
  const names =
    levels === 1
      ? [h.name]
      : Array.from({ length: levels }, (_, i) => h.levels[i] ?? fill(h.levelN, { n: chineseNumber(i + 1) }));
  const header = [...names, h.points, h.score];
  const rows: string[][] = [header];
  const cell = (text: string) => text || t.unknownFigure;
  if (fundingRow)
    rows.push([
      fundingRow.label,
      ...Array.from({ length: levels - 1 }, () => ''),
      cell(figure(fundingRow.points)),
      cell(figure(fundingRow.score)),
    ]);
  for (const ind of table.indicators) {
    const path = Array.from({ length: levels }, (_, i) => ind.path[i] ?? '');
    rows.push([...path, cell(figure(ind.points)), cell(figure(ind.score))]);
  }
  rows.push([h.total, ...Array.from({ length: levels - 1 }, () => ''), cell(tableTotal(table, 'points')), totalText]);
  return { kind: 'table', rows: rows.map((r) => r.slice(0, header.length)), headerRows: 1 };
}
