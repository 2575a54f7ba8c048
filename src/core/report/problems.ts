/** 三、存在的主要问题 and 四、下一步改进措施: the problems the sections collect, and a measure per problem's family. */

import improvements from '../data/improvements.json';
import { numberOf, show, showReading } from '../checks/numbers';
import { roundTo } from '../checks/tolerance';
import type { Field } from '../model/types';
import { fill, type Templates } from './template';

/** A problem the report names in 三、存在的主要问题; `text` may hold an {ordinal} placeholder. */
export interface Problem {
  /** What the improvement measure is chosen by: the indicator's names and, where a rule explains the loss, its terms. */
  family: string;
  text: string;
}

/** A funding score below its points (0 of 10 where nothing was spent, or none stated) is named among the problems. */
export function fundingProblem(
  label: string,
  pointsField: Field | null | undefined,
  scoreField: Field | null | undefined,
  t: Templates,
  problems: Problem[],
): void {
  const points = numberOf(pointsField);
  const score = numberOf(scoreField);
  if (!points) return;
  if (!score) {
    problems.push({ family: '预算执行', text: fill(t.problemFundingBlank, { label, points: showReading(points) }) });
    return;
  }
  if (score.value >= points.value - 1e-9) return;
  const lost = show(roundTo(points.value - score.value, 6), Math.max(points.decimals, score.decimals));
  problems.push({
    family: '预算执行',
    text: fill(t.problemFunding, { label, points: showReading(points), score: showReading(score), lost }),
  });
}

/** One measure per problem's family (预算执行, 资产管理…), in the problems' order, each said once. */
export function measuresFor(problems: Problem[]): string[] {
  const out: string[] = [];
  for (const p of problems) {
    const family = improvements.families.find((f) => f.words.some((w) => p.family.includes(w)));
    const text = family?.text ?? improvements.default;
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
