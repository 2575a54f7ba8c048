import { deadlineMet } from '../../parse/deadline';
import { removeWhitespace, toHalfWidth } from '../../parse/normalize';
import type { RuleInput, RuleOutcome } from '../types';
import { fig } from '../format';
import { expect, type RuleKindSpec } from './kind-spec';

const NOT_MET = ['未达标', '未完成', '未达到', '未实现', '不达标', '不合格', '不是', '未', '否'];
const MET = [
  '达标',
  '完成',
  '已完成',
  '达到',
  '实现',
  '有效加强',
  '显著提升',
  '加强',
  '提升',
  '提高',
  '合格',
  '是',
  '良好',
  '优秀',
  '满意',
  '已',
];

/** A negated achievement anywhere in the text: "尚未完成", "没有达标", "仍未达标", "未能实现". */
const NEGATED =
  /(?:未|没有|没|不|无)(?:能|曾|够)?(?:有效|明显|显著|全面|按时|及时)?(?:完成|达标|达到|达|实现|合格|落实|加强|提升|改善|提高|增强)/;
/** Work still to be done: "仍需加强", "有待提升". */
const STILL_TO_DO = /仍需|有待|尚需|亟需|还需|需进一步|仍有待|尚待/;

/** Judges a qualitative target (有效加强, 达标, 是/否) by the actual's text; what it cannot judge stays unjudged. */
export function judgeText(text: string, met: string[] = MET, notMet: string[] = NOT_MET, target = ''): boolean | null {
  const s = removeWhitespace(toHalfWidth(text));
  if (s === '') return null;
  if (notMet.some((w) => s.startsWith(w)) || NEGATED.test(s) || STILL_TO_DO.test(s)) return false;
  // The actual repeating the target's own words ("有效改善" for "有效改善") says it was met.
  const goal = removeWhitespace(toHalfWidth(target));
  if (goal !== '' && s.includes(goal)) return true;
  if (met.some((w) => s.includes(w))) return true;
  return null;
}

export function qualitative(input: RuleInput, met: string[] = MET, notMet: string[] = NOT_MET): RuleOutcome {
  if (input.deadline) {
    // A deadline met scores full; how much a late one loses is the district's rule, not ours to guess.
    const onTime = deadlineMet(input.deadline, input.actualText);
    if (onTime === true)
      return { computed: input.points, formula: `“${input.actualText.trim()}” → ${fig(input.points)}` };
    return { computed: null, formula: '', missing: input.actualText.trim() === '' ? 'actual' : 'judgement' };
  }
  const verdict = judgeText(input.actualText, met, notMet, input.targetText);
  if (verdict === null)
    return { computed: null, formula: '', missing: input.actualText.trim() === '' ? 'actual' : 'judgement' };
  const computed = verdict ? input.points : 0;
  return { computed, formula: `“${input.actualText.trim()}” → ${fig(computed)}` };
}

export const qualitativeKind: RuleKindSpec<'qualitative'> = {
  kind: 'qualitative',
  nameKey: 'rule.qualitative',
  helpKey: 'rule.help.qualitative',
  explained: false,
  params: [
    { name: 'met', type: 'string-list', labelKey: 'rule.param.met', required: false },
    { name: 'notMet', type: 'string-list', labelKey: 'rule.param.notMet', required: false },
  ],
  evaluate: (spec, input) => qualitative(input, spec.met, spec.notMet),
  validate(spec, at, say) {
    expect.strings(spec, 'met', at, say);
    expect.strings(spec, 'notMet', at, say);
  },
};
