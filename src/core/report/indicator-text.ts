/** One indicator said in sentences: its figures, target and actual, its scoring rule's computation and what the check found. */

import type { Finding } from '../checks/finding';
import { numberOf, show, showReading } from '../checks/numbers';
import { roundTo } from '../checks/tolerance';
import type { Field, Indicator, ScoreTable } from '../model/types';
import type { Block } from './document';
import { type Context, findingAt, groupBy, leafName } from './context';
import type { Problem } from './problems';
import { fill, type Templates } from './template';
import { RULE_KINDS } from '../rules/kinds/index';

/** A figure as the sheet shows it; an empty cell gives an empty string (callers say it is missing). */
export function figure(field: Field | null | undefined): string {
  const n = numberOf(field);
  return n ? showReading(n) : (field?.text.trim() ?? '');
}

/** A value as typed, with the unit of the row's 度量单位 column where the value has none ("6" and "次": "6次"). */
function asTyped(field: Field | null | undefined, unit: Field | undefined): string {
  const text = field?.text.trim() ?? '';
  const u = unit?.text.trim() ?? '';
  return text !== '' && /[\d]$/.test(text) && u !== '' && !/^[-—/／无]+$/.test(u) ? `${text}${u}` : text;
}

/** "（总分为10分，得分为9分）", or what the sheet leaves out said as missing — never an empty figure. */
export function figures(t: Templates, points: string, score: string, scoreWord: string): string {
  if (points && score) return fill(t.figures.both, { points, score, scoreWord });
  if (points) return fill(t.figures.noScore, { points });
  if (score) return fill(t.figures.noPoints, { score, scoreWord });
  return '';
}

function stripEnd(text: string): string {
  return text.replace(/[。；;，,\s]+$/, '');
}

/**
 * The target lists, as the seed says them: "1.产出指标完成情况", "a.数量指标", then each indicator
 * "<名称>。年初目标 <值>；完成情况：<实际>。" and what the check found about it.
 */
export function targetBlocks(
  ctx: Context,
  targets: ScoreTable[],
  problems: Problem[],
): { blocks: Block[]; count: number } {
  const t = ctx.templates;
  const blocks: Block[] = [];
  const indicators = targets.flatMap((table) => table.indicators);
  const groups = [...groupBy(indicators, 0)];
  groups.forEach(([name, members], gi) => {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: fill(t.targetGroupHeading, { n: gi + 1, name: name.replace(/指标$/, '') }),
    });
    const deep = members.some((m) => m.path.length >= 3);
    const subgroups = deep ? [...groupBy(members, 1)] : [['', members] as [string, Indicator[]]];
    subgroups.forEach(([sub, leaves], si) => {
      if (sub)
        blocks.push({
          kind: 'heading',
          level: 4,
          text: fill(t.targetSubgroupHeading, { letter: String.fromCharCode(97 + si), name: sub }),
        });
      for (const ind of leaves) {
        const said = targetSentences(ctx, ind, problems);
        blocks.push({
          kind: 'paragraph',
          text: `${leafName(ind)}。${said.text}`,
          placeholder: said.placeholder || undefined,
        });
      }
    });
  });
  return { blocks, count: groups.length };
}

/** What one indicator's target, actual and the check's findings about them come to, in sentences. */
function targetSentences(
  ctx: Context,
  ind: Indicator,
  problems: Problem[],
): { text: string; placeholder: boolean; unmet: Finding | undefined } {
  const t = ctx.templates;
  const target = ind.adjustedTarget ?? ind.target;
  const sentences: string[] = [];
  let placeholder = false;
  if (target) {
    const actual = asTyped(ind.actual, ind.unit);
    sentences.push(fill(actual ? t.target : t.targetNoActual, { target: asTyped(target, ind.unit), actual }));
    placeholder = !actual;
  }
  const unmet = findingAt(ctx, ind.actual, 'target-not-met');
  const reason = ind.reason?.text.trim() ?? '';
  if (unmet) {
    sentences.push(reason ? fill(t.targetNotMet, { reason: stripEnd(reason) }) : t.targetNotMetNoReason);
    placeholder ||= !reason;
    // An indicator without points is said here alone; a scored one adds its deduction to the same problem.
    if (!ind.points && !ind.score) {
      problems.push({
        family: ind.path.join('/'),
        text: fill(t.problemTarget, {
          name: leafName(ind),
          target: asTyped(target, ind.unit),
          actual: asTyped(ind.actual, ind.unit),
          reason: reason ? `${stripEnd(reason)}。` : t.problemReasonMissing,
        }),
      });
    }
  }
  return { text: sentences.join(''), placeholder, unmet };
}

/** One indicator: its heading (or lead sentence), its target and actual, the rule's computation, its deduction. */
export function leafBlocks(
  ctx: Context,
  ind: Indicator,
  number: string,
  headingLevel: 2 | 3 | null,
  problems: Problem[],
): Block[] {
  const t = ctx.templates;
  const name = leafName(ind);
  const points = numberOf(ind.points);
  const score = numberOf(ind.score);
  const head = `${number}${name}${figures(t, figure(ind.points), figure(ind.score), t.leafScoreWord)}`;
  const said = targetSentences(ctx, ind, problems);
  const sentences: string[] = said.text ? [said.text] : [];
  let placeholder = said.placeholder;
  const target = ind.adjustedTarget ?? ind.target;
  const rule = ctx.byIndicator.get(ind);
  const computed = rule?.rule && rule.outcome && rule.outcome.computed !== null ? rule.outcome : null;
  // Only kinds whose computation is worth a sentence (RULE_KINDS' `explained`); a plain target sentence says the rest.
  const explained =
    computed !== null && rule?.rule !== null && rule?.rule !== undefined && RULE_KINDS[rule.rule.spec.kind].explained;
  if (explained) sentences.push(fill(t.computed, { formula: computed.formula }));
  const mismatch = findingAt(ctx, ind.score, 'score-mismatch');
  const deducted = findingAt(ctx, ind.score, 'deduction');
  const reason = ind.reason?.text.trim() || '';
  const targetFacts = {
    target: asTyped(target, ind.unit),
    actual: asTyped(ind.actual, ind.unit),
  };
  if (mismatch && typeof mismatch.expected === 'number') {
    const values = { name, score: figure(ind.score), expected: show(mismatch.expected, 2).replace(/\.?0+$/, '') };
    const fullOnUnmet = said.unmet && points && score && score.value >= points.value - 1e-9;
    sentences.push(fill(fullOnUnmet ? t.fullScoreOnUnmet : t.scoreMismatch, values));
    problems.push({
      family: ind.path.join('/'),
      text: fill(fullOnUnmet ? t.problemFullScoreOnUnmet : t.problemScoreMismatch, { ...values, ...targetFacts }),
    });
  }
  if (deducted && points && score) {
    // A deduction its rule accounts for (the stated score is the rule's) needs no other reason.
    const ruleReason =
      explained && !mismatch && Math.abs(roundTo(computed.computed as number, 2) - score.value) < 0.006
        ? fill(t.computed, { formula: computed.formula })
        : '';
    const lost = show(roundTo(points.value - score.value, 6), Math.max(points.decimals, score.decimals));
    // An unmet target has said its reason (or asked for it) already.
    const why = said.unmet
      ? ''
      : reason
        ? fill(t.reasonGiven, { reason: stripEnd(reason) }) + '。'
        : ruleReason
          ? ''
          : t.reasonMissing;
    placeholder ||= !reason && !ruleReason && !said.unmet;
    sentences.push(fill(t.deduction, { lost, reason: why }));
    if (!mismatch) {
      const problem = said.unmet ? t.problemTargetDeduction : t.problemDeduction;
      problems.push({
        family: `${ind.path.join('/')}/${computed?.formula ?? ''}`,
        text: fill(problem, {
          name,
          lost,
          points: showReading(points),
          score: showReading(score),
          ...targetFacts,
          reason: reason ? `${stripEnd(reason)}。` : ruleReason || t.problemReasonMissing,
        }),
      });
    }
  } else if (said.unmet && !mismatch && (ind.points || ind.score)) {
    problems.push({
      family: ind.path.join('/'),
      text: fill(t.problemTarget, {
        name,
        ...targetFacts,
        reason: reason ? `${stripEnd(reason)}。` : t.problemReasonMissing,
      }),
    });
  } else if (points && score && !target && !explained && !mismatch && score.value >= points.value - 1e-9) {
    sentences.push(t.full);
  }
  const blocks: Block[] = [];
  const text = sentences.join('');
  if (headingLevel) {
    blocks.push({ kind: 'heading', level: headingLevel, text: head });
    if (text) blocks.push({ kind: 'paragraph', text, placeholder: placeholder || undefined });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: `${head}${text ? '：' : '。'}${text}`,
      placeholder: placeholder || undefined,
    });
  }
  return blocks;
}
