import type { FundingKey } from '../model/types';
import type { Lang } from '../i18n/catalogue';
import type { PackRule, RulePack } from './pack';

const KINDS = ['proportional', 'inverse', 'equal', 'by-target', 'rate', 'threshold', 'bands', 'per-unit', 'qualitative', 'composite'];
const OPERATORS = ['>=', '<=', '=', '>', '<'];
const FUNDING_KEYS: FundingKey[] = [
  'budget', 'initialBudget', 'spent', 'rate', 'sourceGeneral', 'sourceFund', 'sourceStateCapital', 'sourceOther',
  'basic', 'project', 'carryover', 'publicBudget', 'publicSpent', 'threePublicBudget', 'threePublicSpent',
];
const SOURCES = ['actual', 'funding-rate', ...FUNDING_KEYS];

/** A rule pack that does not fit the schema: every problem, each with where it is. */
export class RulePackError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
    lang: Lang,
  ) {
    super(
      lang === 'en-US'
        ? `Rule pack ${source} is not valid: ${problems.join('; ')}`
        : `规则包 ${source} 有误：${problems.join('；')}`,
    );
    this.name = 'RulePackError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a parsed pack (rules inline) and returns it typed; throws RulePackError listing every problem. */
export function validatePack(raw: unknown, source: string, lang: Lang = 'zh-CN'): RulePack {
  const problems: string[] = [];
  const zh = lang !== 'en-US';
  const say = (path: string, zhText: string, enText: string) => problems.push(`${path}：${zh ? zhText : enText}`);
  if (!isObj(raw)) throw new RulePackError(source, [zh ? '内容应为一个 JSON 对象' : 'the content must be a JSON object'], lang);
  if (typeof raw.name !== 'string' || raw.name === '') say('name', '缺少规则包名称', 'missing the pack name');
  if (raw.appliesTo !== undefined && !isStrList(raw.appliesTo)) say('appliesTo', '应为字符串数组', 'must be a list of strings');
  if (raw.extends !== undefined && typeof raw.extends !== 'string') say('extends', '应为另一规则包的名称', 'must name another pack');
  if (raw.scoreDecimals !== undefined && !(isNum(raw.scoreDecimals) && raw.scoreDecimals >= 0 && raw.scoreDecimals <= 6)) {
    say('scoreDecimals', '应为 0 到 6 的整数', 'must be a whole number from 0 to 6');
  }
  if (raw.defaultOperator !== undefined && !OPERATORS.includes(String(raw.defaultOperator))) {
    say('defaultOperator', `应为 ${OPERATORS.join(' ')} 之一`, `must be one of ${OPERATORS.join(' ')}`);
  }
  if (!Array.isArray(raw.rules)) say('rules', '应为规则数组', 'must be a list of rules');
  const ids = new Set<string>();
  (Array.isArray(raw.rules) ? raw.rules : []).forEach((rule, i) => {
    const at = `rules[${i}]`;
    if (!isObj(rule)) return say(at, '应为对象', 'must be an object');
    if (typeof rule.id !== 'string' || rule.id === '') say(`${at}.id`, '缺少规则编号', 'missing the rule id');
    else if (ids.has(rule.id)) say(`${at}.id`, `规则编号“${rule.id}”重复`, `duplicate rule id "${rule.id}"`);
    else ids.add(rule.id);
    const match = rule.match;
    if (!isObj(match)) say(`${at}.match`, '缺少适用指标（names、contains 或 hasTarget）', 'missing match (names, contains or hasTarget)');
    else {
      for (const key of ['names', 'contains'] as const) {
        if (match[key] !== undefined && !isStrList(match[key])) say(`${at}.match.${key}`, '应为字符串数组', 'must be a list of strings');
      }
      if (match.names === undefined && match.contains === undefined && match.hasTarget !== true) {
        say(`${at}.match`, '至少需要 names、contains 或 hasTarget 之一', 'needs names, contains or hasTarget');
      }
    }
    checkSpec(rule.rule, `${at}.rule`, say);
  });
  if (problems.length) throw new RulePackError(source, problems, lang);
  const pack = raw as Obj;
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

type Say = (path: string, zh: string, en: string) => void;

function checkSpec(spec: unknown, at: string, say: Say): void {
  if (!isObj(spec)) return say(at, '缺少规则（kind 及参数）', 'missing the rule (kind and parameters)');
  const kind = String(spec.kind);
  if (!KINDS.includes(kind)) return say(`${at}.kind`, `未知的规则类型“${kind}”（可用：${KINDS.join('、')}）`, `unknown kind "${kind}" (known: ${KINDS.join(', ')})`);
  const source = (key: string) => {
    if (spec[key] !== undefined && !SOURCES.includes(String(spec[key]))) say(`${at}.${key}`, `应为 ${SOURCES.join('、')} 之一`, `must be one of ${SOURCES.join(', ')}`);
  };
  switch (kind) {
    case 'rate':
      source('source');
      if (spec.weight !== undefined && !(isNum(spec.weight) && spec.weight > 0)) say(`${at}.weight`, '应为正数', 'must be a positive number');
      break;
    case 'threshold':
      if (!Array.isArray(spec.tests) || spec.tests.length === 0) say(`${at}.tests`, '应为非空数组', 'must be a non-empty list');
      else spec.tests.forEach((t: unknown, j: number) => {
        if (!isObj(t) || !FUNDING_KEYS.includes(t.actual as FundingKey) || !FUNDING_KEYS.includes(t.limit as FundingKey)) {
          say(`${at}.tests[${j}]`, `actual 与 limit 应为资金项目（${FUNDING_KEYS.join('、')}）`, `actual and limit must be funding keys (${FUNDING_KEYS.join(', ')})`);
        }
      });
      break;
    case 'bands':
      source('source');
      if (!Array.isArray(spec.bands) || spec.bands.length === 0) say(`${at}.bands`, '应为非空数组', 'must be a non-empty list');
      else spec.bands.forEach((b: unknown, j: number) => {
        if (!isObj(b) || !isNum(b.points)) say(`${at}.bands[${j}].points`, '应为数字', 'must be a number');
        else for (const k of ['min', 'max'] as const) if (b[k] !== undefined && !isNum(b[k])) say(`${at}.bands[${j}].${k}`, '应为数字', 'must be a number');
      });
      break;
    case 'per-unit':
      source('source');
      for (const k of ['limit', 'step', 'deduct'] as const) if (!isNum(spec[k])) say(`${at}.${k}`, '应为数字', 'must be a number');
      if (isNum(spec.step) && spec.step <= 0) say(`${at}.step`, '应为正数', 'must be positive');
      if (spec.direction !== 'over' && spec.direction !== 'under') say(`${at}.direction`, '应为 over 或 under', 'must be over or under');
      if (spec.rounding !== undefined && !['exact', 'floor', 'ceil', 'any'].includes(String(spec.rounding))) {
        say(`${at}.rounding`, '应为 exact、floor、ceil 或 any', 'must be exact, floor, ceil or any');
      }
      break;
    case 'qualitative':
      for (const k of ['met', 'notMet'] as const) if (spec[k] !== undefined && !isStrList(spec[k])) say(`${at}.${k}`, '应为字符串数组', 'must be a list of strings');
      break;
    case 'composite':
      if (!Array.isArray(spec.parts) || spec.parts.length === 0) say(`${at}.parts`, '应为非空数组', 'must be a non-empty list');
      else spec.parts.forEach((p: unknown, j: number) => {
        const pat = `${at}.parts[${j}]`;
        if (!isObj(p)) return say(pat, '应为对象', 'must be an object');
        if (typeof p.label !== 'string') say(`${pat}.label`, '缺少名称', 'missing label');
        if (!(isNum(p.weight) && p.weight > 0)) say(`${pat}.weight`, '应为正数', 'must be a positive number');
        if (isObj(p.rule) && p.rule.kind === 'assumed') return;
        checkSpec(p.rule, `${pat}.rule`, say);
      });
      break;
  }
}
