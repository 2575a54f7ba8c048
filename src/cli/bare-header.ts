import { cellAddress } from '../core/grid/address';
import { Grid } from '../core/grid/grid';
import type { WorkbookData } from '../core/grid/types';
import { findRoleHits, headerKind, type RoleHit } from '../core/locate/role-hits';
import { defaultVocabulary } from '../core/locate/synonyms';

/**
 * Where a score table's header stands with nothing under it, for when no score table was found: then
 * "no table found" would be wrong, and the user needs to hear that the lines under the header are missing.
 */
export function findBareScoreHeader(workbook: WorkbookData, sheet?: string): { sheet: string; cell: string } | null {
  for (const data of workbook.sheets) {
    if (sheet !== undefined && data.name !== sheet) continue;
    const grid = new Grid(data);
    const hits = findRoleHits(grid, defaultVocabulary);
    for (const lineOf of [(h: RoleHit) => h.row, (h: RoleHit) => h.col]) {
      const byLine = new Map<number, RoleHit[]>();
      for (const h of hits) byLine.set(lineOf(h), [...(byLine.get(lineOf(h)) ?? []), h]);
      for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
        const lineHits = byLine.get(line) as RoleHit[];
        if (headerKind(lineHits) !== 'score') continue;
        const first = lineHits.reduce((a, b) => (b.row < a.row || (b.row === a.row && b.col < a.col) ? b : a));
        return { sheet: data.name, cell: cellAddress(first.row, first.col) };
      }
    }
  }
  return null;
}
