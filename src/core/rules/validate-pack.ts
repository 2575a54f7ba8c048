import { type Lang, t } from '../i18n/catalogue';
import { RULE_KIND_NAMES, RULE_KINDS, isRuleKind } from './kinds/index';
import { expect, isNum, isObj, isStrList, type ProblemParams, type Say } from './kinds/kind-spec';
import type { PackRule, RulePack } from './pack';

const OPERATORS = ['>=', '<=', '=', '>', '<'];

/** A rule pack that does not fit the schema: every problem, each with where it is. */
export class RulePackError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
    lang: Lang,
  ) {
    super(t(lang, 'pack.invalid', { source, problems: problems.join(t(lang, 'pack.problem-separator')) }));
    this.name = 'RulePackError';
  }
}

/** Checks a parsed pack (rules inline) and returns it typed; throws RulePackError listing every problem. */
export function validatePack(raw: unknown, source: string, lang: Lang = 'zh-CN'): RulePack {
  const problems: string[] = [];
  const say: Say = (path, key, params = {}) => problems.push(`${path}：${t(lang, key, inWords(params, lang))}`);
  if (!isObj(raw)) throw new RulePackError(source, [t(lang, 'pack.not-object')], lang);
  if (typeof raw.name !== 'string' || raw.name === '') say('name', 'pack.no-name');
  if (raw.appliesTo !== undefined && !isStrList(raw.appliesTo)) say('appliesTo', 'pack.string-list');
  if (raw.extends !== undefined && typeof raw.extends !== 'string') say('extends', 'pack.extends');
  if (
    raw.scoreDecimals !== undefined &&
    !(isNum(raw.scoreDecimals) && raw.scoreDecimals >= 0 && raw.scoreDecimals <= 6)
  ) {
    say('scoreDecimals', 'pack.decimals');
  }
  if (raw.defaultOperator !== undefined && !OPERATORS.includes(String(raw.defaultOperator))) {
    say('defaultOperator', 'pack.one-of', { options: OPERATORS });
  }
  if (!Array.isArray(raw.rules)) say('rules', 'pack.rules');
  const ids = new Set<string>();
  (Array.isArray(raw.rules) ? raw.rules : []).forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (!isObj(rule)) return say(at, 'pack.object');
    if (typeof rule.id !== 'string' || rule.id === '') say(`${at}.id`, 'pack.no-rule-id');
    else if (ids.has(rule.id)) say(`${at}.id`, 'pack.duplicate-id', { id: rule.id });
    else ids.add(rule.id);
    const match = rule.match;
    if (!isObj(match)) say(`${at}.match`, 'pack.no-match');
    else {
      expect.strings(match, 'names', `${at}.match`, say);
      expect.strings(match, 'contains', `${at}.match`, say);
      if (match.names === undefined && match.contains === undefined && match.hasTarget !== true)
        say(`${at}.match`, 'pack.match-empty');
    }
    validateSpec(rule.rule, `${at}.rule`, say);
  });
  if (problems.length) throw new RulePackError(source, problems, lang);
  const pack = raw as Record<string, unknown>;
  return {
    name: pack.name as string,
    title: typeof pack.title === 'string' ? pack.title : undefined,
    description: typeof pack.description === 'string' ? pack.description : undefined,
    appliesTo: (pack.appliesTo as string[] | undefined) ?? [],
    extends: pack.extends as string | undefined,
    scoreDecimals: (pack.scoreDecimals as number | undefined) ?? 2,
    defaultOperator: (pack.defaultOperator as RulePack['defaultOperator'] | undefined) ?? '>=',
    rules: pack.rules as PackRule[],
  };
}

/** One spec: a known kind, then that kind's own checks of its parameters. */
function validateSpec(spec: unknown, at: string, say: Say): void {
  if (!isObj(spec)) return say(at, 'pack.no-spec');
  const kind = String(spec.kind);
  if (!isRuleKind(kind)) return say(`${at}.kind`, 'pack.unknown-kind', { kind, kinds: RULE_KIND_NAMES });
  RULE_KINDS[kind].validate(spec, at, say, validateSpec);
}

/** Lists in a problem's values, said with the language's separator. */
function inWords(params: ProblemParams, lang: Lang): Record<string, string | number> {
  const sep = t(lang, 'pack.list-separator');
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' || typeof v === 'number' ? v : v.join(sep)]),
  );
}
