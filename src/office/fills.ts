import annotationStyles from '../core/data/annotation-styles.json';
import type { MarkRecord, OfficeFill } from '../core/write-plan/annotation-record';
import type { CellMark, MarkKind } from '../core/write-plan/types';
import { chunkAddresses } from './addresses';
import type { ApplyWarning } from './apply-types';
import type { XlRangeFormat } from './excel-types';
import type { Probe, SheetEntry } from './probe';
import { type Job, OP, utf8 } from './requests';
import { fillKey, officeFillOf } from './state-fills';
import { hexColor } from './styles';

/**
 * Fills. The fill each marked cell had (colour, pattern and pattern colour, ExcelApi 1.9) is recorded in
 * the twin's ExcelJS form, so `scoresheet clean` restores it too; removal puts it back with `fill.clear()`
 * or the same colour and pattern (theme colours come back as the colour they showed). Cells are written
 * in groups of the same fill, one `getRanges` per ≤ 500 cells.
 */

/** The marks' fills: one colour per kind, one getRanges per ≤ 500 cells. */
export function queueMarkFills(jobs: Job[], probe: Probe, marks: CellMark[]): void {
  const groups = new Map<string, { sheet: string; kind: MarkKind; addresses: string[] }>();
  for (const m of marks) {
    const k = `${m.sheet}\u0001${m.kind}`;
    const group = groups.get(k) ?? groups.set(k, { sheet: m.sheet, kind: m.kind, addresses: [] }).get(k);
    group?.addresses.push(m.address);
  }
  for (const g of groups.values()) {
    const ws = (probe.sheets.get(g.sheet) as SheetEntry).ws;
    const color = hexColor(annotationStyles.fills[g.kind]);
    for (const chunk of chunkAddresses(g.addresses)) {
      jobs.push({
        bytes: 4 * OP + utf8(chunk),
        run: () => {
          // Cleared first: a colour set over a patterned fill keeps the pattern.
          const fill = ws.getRanges(chunk).format.fill;
          fill.clear();
          fill.color = color;
        },
      });
    }
  }
}

/** The fills of cells no longer marked back as they were, grouped by the fill they get. */
export function queueFillRestore(jobs: Job[], probe: Probe, restore: MarkRecord[], warnings: ApplyWarning[]): void {
  const groups = new Map<string, { sheet: string; fill: OfficeFill | null; addresses: string[] }>();
  for (const r of restore) {
    const { fill, exact } = officeFillOf(r);
    if (!exact)
      warnings.push({
        code: 'fill-approximated',
        message: `${r.sheet}!${r.address}: the earlier fill could not be restored exactly.`,
      });
    const k = `${r.sheet}\u0001${fillKey(fill)}`;
    const group = groups.get(k) ?? groups.set(k, { sheet: r.sheet, fill, addresses: [] }).get(k);
    group?.addresses.push(r.address);
  }
  for (const g of groups.values()) {
    const ws = (probe.sheets.get(g.sheet) as SheetEntry).ws;
    for (const chunk of chunkAddresses(g.addresses))
      jobs.push({ bytes: 5 * OP + utf8(chunk), run: () => setFill(ws.getRanges(chunk).format, g.fill) });
  }
}

function setFill(format: XlRangeFormat, fill: OfficeFill | null): void {
  if (!fill || fill.pattern === 'None' || !fill.color) {
    format.fill.clear();
    return;
  }
  format.fill.color = fill.color;
  if (fill.pattern !== 'Solid' && fill.pattern !== 'LinearGradient' && fill.pattern !== 'RectangularGradient') {
    format.fill.pattern = fill.pattern as XlRangeFormat['fill']['pattern'];
    if (fill.patternColor) format.fill.patternColor = fill.patternColor;
  }
}
