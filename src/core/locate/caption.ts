import type { CellRef, ScoreTable } from '../model/types';
import { cleanName, pointsInName } from '../parse/normalize';
import type { Header } from './header';
import type { LineView } from './line-view';
import type { ScoreRole } from './synonyms';

const LEVELS: readonly ScoreRole[] = ['level1', 'level2', 'level3'];
/** How far left of the first level column a caption may stand. */
const CAPTION_REACH = 2;

export interface Caption {
  /** The caption as typed ("绩效指标(90分)") and its clean name. */
  text: string;
  name: string;
  cell: CellRef;
  /** The points it states for the whole block, if any. */
  points: number | null;
}

/**
 * A label merged down the left of the indicator block ("绩效指标", "绩 效 指 标", "绩效指标(90分)") is the
 * block's title, not a level of every indicator's name. It is told by where it stands — left of the
 * 一级/二级/三级 columns — or by its merge reaching down into the data lines. A caption that the header line
 * took for the 指标名称 column loses that role.
 */
export function splitCaption(
  view: LineView,
  header: Header<ScoreRole>,
): { header: Header<ScoreRole>; caption: Caption | null } {
  const levelPositions = LEVELS.filter((r) => header.positions.has(r)).map((r) => header.positions.get(r) as number);
  if (levelPositions.length === 0) return { header, caption: null };
  const firstLevel = Math.min(...levelPositions);
  const namePos = header.positions.get('name');
  if (namePos !== undefined && (namePos < firstLevel || reachesData(view, header, header.line, namePos))) {
    const positions = new Map(header.positions);
    positions.delete('name');
    const all = [...positions.values()];
    const trimmed = { ...header, positions, firstPos: Math.min(...all), lastPos: Math.max(...all) };
    return { header: trimmed, caption: captionAt(view, header.line, namePos) };
  }
  // A caption that starts on the first data line, left of the levels, never in the header.
  for (let pos = firstLevel - 1; pos >= Math.max(0, firstLevel - CAPTION_REACH); pos--) {
    if (!view.isAnchor(header.dataStart, pos) || !reachesData(view, header, header.dataStart, pos, 2)) continue;
    const caption = captionAt(view, header.dataStart, pos);
    if (caption && caption.name !== '' && !/\d/.test(caption.name)) return { header, caption };
  }
  return { header, caption: null };
}

/** Whether the cell's merge runs down over at least `lines` data lines. */
function reachesData(view: LineView, header: Header<ScoreRole>, line: number, pos: number, lines = 1): boolean {
  const merge = view.mergeLines(line, pos);
  return merge !== null && merge.last >= header.dataStart + lines - 1;
}

function captionAt(view: LineView, line: number, pos: number): Caption | null {
  const cell = view.filled(line, pos);
  const text = cell.text.trim();
  if (text === '') return null;
  return { text, name: cleanName(text), cell: view.ref(cell), points: pointsInName(text) };
}

/** Sets the caption on its table; the points it states are checked against every indicator line of the block. */
export function attachCaption(table: ScoreTable, caption: Caption): void {
  table.caption = { text: caption.text, cell: caption.cell };
  if (caption.points === null) return;
  table.sums.push({
    kind: 'name-points',
    label: caption.name,
    labelCell: caption.cell,
    groupPath: [],
    parts: table.indicators.map((_, i) => i),
    points: {
      cell: caption.cell,
      text: caption.text,
      reading: { kind: 'number', value: caption.points, percent: false, decimals: 0 },
    },
    score: null,
  });
}
