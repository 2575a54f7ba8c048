/** 二、综合评价分析: a section per first-level group, the target lists under the performance group. */

import type { ScoreTable } from '../model/types';
import { chineseNumber } from './chinese-numbers';
import { type Context, groupBy } from './context';
import type { Block } from './document';
import { figures, leafBlocks, targetBlocks } from './indicator-text';
import type { Problem } from './problems';
import { sumOf } from './results-table';
import { fill } from './template';

/** A first-level group whose section lists the targets of the workbook's target tables (履职效能 in the seed). */
const PERFORMANCE_GROUP = /履职|效能|产出|效益/;

/** （一）… per first-level group, then its indicators, each with its figures, target and what the check found. */
export function analysis(
  ctx: Context,
  table: ScoreTable,
  targets: ScoreTable[],
  problems: Problem[],
  before: number,
): Block[] {
  const t = ctx.templates;
  const blocks: Block[] = [];
  const flat = table.indicators.every((i) => i.path.length <= 1);
  if (flat) {
    let n = before;
    if (targets.length) {
      blocks.push({ kind: 'heading', level: 2, text: fill(t.targetsOnlyHeading, { n: chineseNumber(++n) }) });
      blocks.push(...targetBlocks(ctx, targets, problems).blocks);
    }
    table.indicators.forEach((ind) => blocks.push(...leafBlocks(ctx, ind, `（${chineseNumber(++n)}）`, 2, problems)));
    return blocks;
  }
  const groups = [...groupBy(table.indicators, 0)];
  const home = targets.length ? (groups.find(([name]) => PERFORMANCE_GROUP.test(name)) ?? groups[0])[0] : null;
  groups.forEach(([name, members], gi) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: fill(t.groupHeading, {
        n: chineseNumber(before + gi + 1),
        name,
        figures: figures(t, sumOf(members, 'points'), sumOf(members, 'score'), t.groupScoreWord),
      }),
    });
    let n = 0;
    if (name === home) {
      const listed = targetBlocks(ctx, targets, problems);
      blocks.push(...listed.blocks);
      n = listed.count;
    }
    const deep = members.some((m) => m.path.length >= 3);
    if (!deep) {
      members.forEach((ind) => blocks.push(...leafBlocks(ctx, ind, `${++n}.`, 3, problems)));
      return;
    }
    [...groupBy(members, 1)].forEach(([sub, leaves]) => {
      blocks.push({
        kind: 'heading',
        level: 3,
        text: fill(t.subgroupHeading, {
          n: ++n,
          name: sub,
          figures: figures(t, sumOf(leaves, 'points'), sumOf(leaves, 'score'), t.leafScoreWord),
        }),
      });
      leaves.forEach((ind, i) => blocks.push(...leafBlocks(ctx, ind, `（${i + 1}）`, null, problems)));
    });
  });
  return blocks;
}
