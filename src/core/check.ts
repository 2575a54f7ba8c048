import defaults from './config/defaults.json';
import type { CheckContext, RateBase } from './checks/context';
import { type Finding, type FindingDraft, type CheckId, SEVERITY_ORDER } from './checks/finding';
import { checks } from './checks/index';
import { correctionOfFinding } from './corrections/finding';
import { settleCorrections } from './corrections/settle';
import { numberOf } from './checks/numbers';
import { cleanSum } from './checks/tolerance';
import type { WorkbookData } from './grid/types';
import { parseAreaAddress } from './grid/address';
import { type Lang, t } from './i18n/catalogue';
import type { FundingLabels } from './locate/funding-block';
import { locate } from './locate/index';
import type { Vocabulary } from './locate/synonyms';
import type { ScoreTable, WorkbookModel } from './model/types';
import type { ReadNumber } from './parse/number';
import { evaluateRules, type RuleEvaluation } from './rules/evaluate';
import type { RulePack } from './rules/pack';
import { shippedPacks } from './rules/packs/index';
import { autoPack } from './rules/select-pack';
import { readWorkbookRules, withoutRulesSheet, WORKBOOK_ORIGIN, type WorkbookRules } from './rules/workbook-rules';

export interface CheckOptions {
  lang?: Lang;
  /** A fixed absolute tolerance; omitted or null: what rounding to the shown decimals explains. */
  tolerance?: number | null;
  rateBase?: RateBase;
  /** Only this sheet. */
  sheet?: string;
  /** Look for the score table in this range only ("自评表", "A3:J20"): the user's selection in Excel. */
  scoreRange?: { sheet: string; range: string };
  vocabulary?: Vocabulary;
  fundingLabels?: FundingLabels;
  /**
   * A shipped pack's name or a validated pack; omitted: the pack saved in the workbook (its rules sheet),
   * else the shipped pack whose appliesTo matches the unit, else generic.
   */
  rules?: string | RulePack;
}

export interface CheckResult {
  model: WorkbookModel;
  findings: Finding[];
  /**
   * The primary score table's stated total, or the sum of its leaves where it states none: the department
   * table where there is one, else the first score table (a list of targets only where there is nothing else).
   */
  total: { points: number | null; score: number | null } | null;
  /** Comparisons made per rule (sums, rates, breakdowns), whether or not they found anything. */
  examined: Partial<Record<CheckId, number>>;
  /** The rule pack used and each indicator's rule and computed score. */
  rules: RuleEvaluation;
  /**
   * Present when the workbook has a rules sheet: the pack saved there, whether the check used it (not when
   * a `rules` option was given, nor when it could not be read), and what was wrong with it.
   */
  workbookRules?: WorkbookRules & { used: boolean };
}

/** The whole check: find the tables, read them, run every rule, put the findings into words. */
export function checkWorkbook(data: WorkbookData, options: CheckOptions = {}): CheckResult {
  const lang = options.lang ?? (defaults.lang as Lang);
  // The rules sheet holds the workbook's own pack, not data of the user's: read, then left out.
  const saved = readWorkbookRules(data, lang);
  const workbook = withoutRulesSheet(data);
  const scoreArea = options.scoreRange && {
    sheet: options.scoreRange.sheet,
    area: parseAreaAddress(options.scoreRange.range),
  };
  const model = locate(workbook, {
    sheet: options.sheet,
    vocabulary: options.vocabulary,
    fundingLabels: options.fundingLabels,
    scoreArea,
  });
  const useSaved = options.rules === undefined && saved.pack !== null;
  const pack = useSaved ? (saved.pack as RulePack) : choosePack(model, options.rules);
  const ctx: CheckContext = {
    model,
    rules: evaluateRules(model, pack, useSaved ? WORKBOOK_ORIGIN : undefined),
    tolerance: { fixed: options.tolerance ?? (defaults.tolerance as number | null) },
    rateBase: options.rateBase ?? (defaults.rateBase as RateBase),
    examined: {},
    fundingLabels: options.fundingLabels,
    workbook,
  };
  const drafts = checks.flatMap((check) => check.run(ctx));
  settleCorrections(drafts);
  const sheetOrder = new Map(model.sheets.map((s, i) => [s, i]));
  drafts.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (sheetOrder.get(a.at.sheet) ?? 0) - (sheetOrder.get(b.at.sheet) ?? 0) ||
      a.at.row - b.at.row ||
      a.at.col - b.at.col,
  );
  const primary =
    model.scoreTables.find((t) => t.form === 'department') ??
    model.scoreTables.find((t) => t.form !== 'targets') ??
    model.scoreTables[0];
  const result: CheckResult = {
    model,
    findings: drafts.map((d) => toFinding(d, lang)),
    total: totalOf(primary),
    examined: ctx.examined,
    rules: ctx.rules,
  };
  if (saved.present) result.workbookRules = { ...saved, used: useSaved };
  return result;
}

/** Thrown for a pack name that is not shipped; the CLI turns it into its own message. */
export class UnknownPackError extends Error {
  constructor(readonly packName: string) {
    super(`unknown rule pack: ${packName}`);
    this.name = 'UnknownPackError';
  }
}

function choosePack(model: WorkbookModel, rules: CheckOptions['rules']): RulePack {
  if (rules === undefined) return autoPack(model);
  if (typeof rules !== 'string') return rules;
  const pack = shippedPacks.get(rules);
  if (!pack) throw new UnknownPackError(rules);
  return pack;
}

function toFinding(d: FindingDraft, lang: Lang): Finding {
  const { fields, note } = correctionOfFinding(d, lang);
  return {
    rule: d.rule,
    severity: d.severity,
    sheet: d.at.sheet,
    cell: d.at.address,
    indicator: d.indicator,
    expected: d.expected,
    actual: d.actual,
    message: `${t(lang, d.messageKey, d.params)}${note}`,
    ...fields,
  };
}

/** A table's stated total, or the sum of its leaves where it states none (funding line included). */
export function totalOf(table: ScoreTable | undefined): CheckResult['total'] {
  // A list of targets has no points to add up.
  if (!table || table.form === 'targets') return null;
  const sumOf = (field: 'points' | 'score'): number | null => {
    const stated = numberOf(table.total?.[field]);
    if (stated) return stated.value;
    const parts = table.indicators.map((i) => numberOf(i[field]));
    return parts.length && parts.every((p) => p !== null) ? cleanSum(parts as ReadNumber[]) : null;
  };
  return { points: sumOf('points'), score: sumOf('score') };
}
