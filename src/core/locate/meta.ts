import type { Grid } from '../grid/grid';
import type { WorkbookMeta } from '../model/types';
import { removeWhitespace, toHalfWidth } from '../parse/normalize';
import { cellRef } from './line-view';

const UNIT_LABEL = /^(?:单位名称|部门名称|填报单位|预算单位|单位|部门|主管部门|评价单位)[:：]\s*(.*)$/;
/** A title line: it names the form (绩效…自评表, 评价表). */
export const TITLE = /(绩效|自评|评价)/;
/** A year as titles write it: "2024年", "2024 年度". */
export const YEAR = /((?:19|20)\d{2})\s*年/;

/** Words a title uses where a unit's name would stand: "部门整体支出绩效自评表", "项目支出绩效自评表" name no unit. */
const GENERIC_UNIT = /^(部门|单位|本部门|本单位|年度|本年度|项目|项目支出)$/;
/** Where a unit's name ends: a gap of spaces, or the next "标签：" on the same line. */
const NEXT_FIELD =
  /\s{2,}|\u3000|(?:评价|填报|自评|报送|填表)?(?:时间|日期)[:：]|(?:实施单位|主管部门|联系人|联系电话|填表人|填报人|负责人|审核人)[:：]/;

/**
 * The unit's name alone: cut at the next field on the line ("评价时间：…", "实施单位：…"), without the seal
 * mark "（盖章）", a year after it ("2023年度") or the whitespace inside it.
 */
export function cleanUnit(raw: string): string {
  const cut = NEXT_FIELD.exec(raw);
  let unit = cut ? raw.slice(0, cut.index) : raw;
  unit = removeWhitespace(unit).replace(/[(（]\s*盖\s*章\s*[)）]|盖章处?/g, '');
  unit = unit
    .replace(/^(?:\d{4}年度?)/, '')
    .replace(/\d{4}年度?$/, '')
    .replace(/[，,。.、;；:：]+$/, '');
  return unit;
}

/**
 * A "单位名称：…" line with the spaces taken out of its label only: the gaps after the value still tell
 * where it ends ("单位名称：某局  评价时间：…" is two fields on one line).
 */
export function unitLine(text: string): string {
  const t = toHalfWidth(text).replace(/:/g, '：');
  const colon = t.indexOf('：');
  return colon < 0 ? removeWhitespace(t) : removeWhitespace(t.slice(0, colon + 1)) + t.slice(colon + 1).trimStart();
}

/** Rows from the top of a sheet where a "单位名称：…" line is looked for (besides the title rows). */
const HEAD_ROWS = 10;

/** The unit and year, from a "单位名称：…" cell and the table's title (the first rows above it). */
export function readMeta(grid: Grid, titleRows: number[], meta: WorkbookMeta): void {
  grid.forEachCell((row, col, raw) => {
    if (typeof raw.value !== 'string' || (row >= HEAD_ROWS && !titleRows.includes(row))) return;
    const text = raw.value.trim();
    if (!meta.unit) {
      const m = UNIT_LABEL.exec(unitLine(text));
      if (m) {
        let unit = cleanUnit(m[1]);
        const cell = grid.cell(row, col);
        if (unit === '') {
          const next = grid.filled(row, (cell.merge?.right ?? col) + 1);
          unit = next.text.trim();
        }
        if (unit !== '' && !/^(万元|元|亿元|千元|分|%|个|人)$/.test(unit))
          meta.unit = { text: unit, cell: cellRef(grid, cell) };
      }
    }
    if (!meta.title && titleRows.includes(row) && TITLE.test(text) && text.length <= 80) {
      meta.title = { text, cell: cellRef(grid, grid.cell(row, col)) };
    }
  });
  if (meta.title && !meta.year) {
    const y = YEAR.exec(toHalfWidth(meta.title.text));
    if (y) meta.year = { value: Number(y[1]), cell: meta.title.cell };
  }
  if (meta.title && !meta.unit) {
    const unit = unitFromTitle(meta.title.text);
    if (unit) meta.unit = { text: unit, cell: meta.title.cell };
  }
}

/**
 * The unit a title names before the form's name ("寿县农业农村局2023年度部门整体支出绩效自评表"), or, where the
 * title names no form, before its year ("湖北科技学院2021年度本专科生奖助学金项目自评结果"); else null.
 */
export function unitFromTitle(title: string): string | null {
  const plain = removeWhitespace(title);
  const m = /(?:\d{4}\s*年度?)?(.+?)(?:部门整体支出|整体支出|部门整体|绩效自评)/.exec(plain);
  const unit = m ? cleanUnit(m[1]) : '';
  if (unit.length >= 2 && !GENERIC_UNIT.test(unit)) return unit;
  const before = /^(.+?)(?:19|20)\d{2}年度?/.exec(plain);
  const named = before ? cleanUnit(before[1]) : '';
  return named.length >= 2 && !GENERIC_UNIT.test(named) && !TITLE.test(named) ? named : null;
}
