import type { MessageKey } from '../../i18n/catalogue';
import type { FundingKey } from '../../model/types';
import type { RuleInput, RuleKind, RuleOutcome, RuleSpec, ValueSource } from '../types';

/** The spec of one kind: `SpecOf<'bands'>` is `{ kind: 'bands'; source?; bands }`. */
export type SpecOf<K extends RuleKind> = Extract<RuleSpec, { kind: K }>;

/** What a parameter holds, for a form that edits it: a plain value, a choice, or a list of a known shape. */
export type ParamType =
  | 'number'
  | 'positive-number'
  | 'choice'
  /** 'actual', 'funding-rate' or a funding key (VALUE_SOURCES). */
  | 'value-source'
  | 'string-list'
  /** A list of { actual, limit } funding keys. */
  | 'funding-tests'
  /** A list of Band. */
  | 'bands'
  /** A list of CompositePart, each with a rule of its own. */
  | 'parts';

/** One parameter of a kind, as a rule editor shows it. */
export interface ParamSpec<Name extends string = string> {
  name: Name;
  type: ParamType;
  /** Its label in the message catalogue. */
  labelKey: MessageKey;
  required: boolean;
  /** For a choice: the values allowed, the first the default. */
  options?: readonly string[];
  /** For a choice: each value's name in the catalogue, as a rule editor lists it. */
  optionKeys?: Readonly<Record<string, MessageKey>>;
}

/** Values a problem message can carry; a list is said with the language's own separator. */
export type ProblemParams = Record<string, string | number | readonly string[]>;

/** Records one problem of a rule pack: where it is (`rules[2].rule.step`) and what is wrong, as a catalogue message. */
export type Say = (path: string, key: MessageKey, params?: ProblemParams) => void;

/** Validates a spec nested in another (a composite's parts): the same checks as at the top. */
export type ValidateSpec = (spec: unknown, at: string, say: Say) => void;

/** Applies a nested spec (a composite's parts): the same dispatch as at the top. */
export type ApplySpec = (spec: RuleSpec, input: RuleInput) => RuleOutcome;

/**
 * Everything the engine knows of one scoring-rule kind. RULE_KINDS holds one per kind, so a kind added to
 * RuleSpec and missing here, or named by a message key the catalogue lacks, does not compile.
 */
export interface RuleKindSpec<K extends RuleKind> {
  kind: K;
  /** Its name in messages ("分档计分"): the catalogue's `rule.<kind>`. */
  nameKey: `rule.${K}` & MessageKey;
  /** One sentence on how it scores, for whoever picks a kind in a rule editor: the catalogue's `rule.help.<kind>`. */
  helpKey: `rule.help.${K}` & MessageKey;
  /** Whether the report says its computation (按评分标准计算：…); a plain target sentence says the rest. */
  explained: boolean;
  /** Its parameters besides `kind`, each named as in the spec. */
  params: readonly ParamSpec<Exclude<keyof SpecOf<K>, 'kind'> & string>[];
  /** The score it gives one indicator. `apply` scores a nested spec. */
  evaluate(spec: SpecOf<K>, input: RuleInput, apply: ApplySpec): RuleOutcome;
  /** Says every problem of a pack's spec of this kind (its `kind` already known); `validate` checks a nested spec. */
  validate(spec: Record<string, unknown>, at: string, say: Say, validate: ValidateSpec): void;
}

const FUNDING: Record<FundingKey, true> = {
  budget: true,
  initialBudget: true,
  spent: true,
  rate: true,
  sourceGeneral: true,
  sourceFund: true,
  sourceStateCapital: true,
  sourceOther: true,
  basic: true,
  project: true,
  carryover: true,
  publicBudget: true,
  publicSpent: true,
  threePublicBudget: true,
  threePublicSpent: true,
};
/** Every funding key (a Record, so a key added to FundingKey is listed here or does not compile). */
export const FUNDING_KEYS = Object.keys(FUNDING) as FundingKey[];
export const VALUE_SOURCES: readonly string[] = ['actual', 'funding-rate', ...FUNDING_KEYS];

/**
 * Each value a rule can read, by its name in the catalogue ("预算执行率（执行数 ÷ 预算数）"), for a rule editor's
 * choices: a source added to ValueSource without its name here, or without its catalogue entry, does not compile.
 */
export const SOURCE_NAMES: { readonly [S in ValueSource]: `rule.source.${S}` & MessageKey } = {
  actual: 'rule.source.actual',
  'funding-rate': 'rule.source.funding-rate',
  budget: 'rule.source.budget',
  initialBudget: 'rule.source.initialBudget',
  spent: 'rule.source.spent',
  rate: 'rule.source.rate',
  sourceGeneral: 'rule.source.sourceGeneral',
  sourceFund: 'rule.source.sourceFund',
  sourceStateCapital: 'rule.source.sourceStateCapital',
  sourceOther: 'rule.source.sourceOther',
  basic: 'rule.source.basic',
  project: 'rule.source.project',
  carryover: 'rule.source.carryover',
  publicBudget: 'rule.source.publicBudget',
  publicSpent: 'rule.source.publicSpent',
  threePublicBudget: 'rule.source.threePublicBudget',
  threePublicSpent: 'rule.source.threePublicSpent',
};

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The common parameter checks, each saying its problem at `at.name`. */
export const expect = {
  source(spec: Obj, name: string, at: string, say: Say): void {
    if (spec[name] !== undefined && !VALUE_SOURCES.includes(String(spec[name])))
      say(`${at}.${name}`, 'pack.one-of', { options: VALUE_SOURCES });
  },
  number(spec: Obj, name: string, at: string, say: Say): void {
    if (!isNum(spec[name])) say(`${at}.${name}`, 'pack.number');
  },
  positive(spec: Obj, name: string, at: string, say: Say, optional = false): void {
    if (optional && spec[name] === undefined) return;
    if (!(isNum(spec[name]) && (spec[name] as number) > 0)) say(`${at}.${name}`, 'pack.positive');
  },
  choice(spec: Obj, name: string, options: readonly string[], at: string, say: Say, optional = false): void {
    if (optional && spec[name] === undefined) return;
    if (!options.includes(String(spec[name]))) say(`${at}.${name}`, 'pack.one-of', { options });
  },
  strings(spec: Obj, name: string, at: string, say: Say): void {
    if (spec[name] !== undefined && !isStrList(spec[name])) say(`${at}.${name}`, 'pack.string-list');
  },
  /** A non-empty list, each item checked by `item`. */
  list(spec: Obj, name: string, at: string, say: Say, item: (value: unknown, path: string) => void): void {
    const list = spec[name];
    if (!Array.isArray(list) || list.length === 0) return say(`${at}.${name}`, 'pack.non-empty-list');
    list.forEach((value: unknown, j) => item(value, `${at}.${name}[${j}]`));
  },
};

/** A kind with no parameters: nothing to check beyond its name. */
export const noParams = (): void => undefined;
