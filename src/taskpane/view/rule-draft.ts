import type { CheckResult } from '../../core/check';
import { numberOf, show, showReading } from '../../core/checks/numbers';
import { roundTo } from '../../core/checks/tolerance';
import { type Lang, type MessageKey, t } from '../../core/i18n/catalogue';
import { labelOf } from '../../core/locate/synonyms';
import type { Indicator } from '../../core/model/types';
import { applyRule } from '../../core/rules/apply-rule';
import { parseCriteria } from '../../core/rules/criteria-text';
import { fundingFigures, reconcile } from '../../core/rules/inputs';
import { isRuleKind, RULE_KIND_NAMES, RULE_KINDS } from '../../core/rules/kinds/index';
import type { ParamSpec, ParamType, ProblemParams, Say } from '../../core/rules/kinds/kind-spec';
import type { PackRule, RulePack } from '../../core/rules/pack';
import { validatePack } from '../../core/rules/validate-pack';
import { scaleToPoints } from '../../core/rules/evaluate';
import type { CompositePart, RuleKind, RuleSpec } from '../../core/rules/types';

/**
 * The rule editor's model, pure: a draft (an indicator, a kind, its parameters as typed) becomes a RuleSpec,
 * the score that rule gives the indicator (beside the sheet's own), and each field's problem, said by the
 * kind's own validate. Saving puts the rule in the workbook's pack, which `scoresheet check --rules` reads.
 */

/** One indicator the editor can set a rule for. */
export interface EditableIndicator {
  /** "table:indicator" indexes into CheckResult.model.scoreTables. */
  key: string;
  table: number;
  index: number;
  /** The tree row it is shown on (TreeRow.id). */
  row: string;
  name: string;
  /** The sheet's points and score as shown. */
  points: string | null;
  score: string | null;
  /** The rule the last check applied, and where it came from (a pack rule, the sheet's 评分标准…). */
  current: RuleSpec | null;
  origin: string | null;
  /** A rule the pack cannot override: the sheet's own 评分标准, or the form's 执行率 × 分值 for the funding line. */
  fixedBy: 'sheet' | 'form' | null;
}

/** A kind's parameters as the form holds them: text typed or a choice made; a list parameter as rows of fields. */
export interface KindDraft {
  kind: RuleKind;
  params: Record<string, string>;
  /** A list parameter's rows (the bands of 分档计分, the limits of 限额内计满分), each field as typed. */
  rows: Record<string, DraftRow[]>;
}

/** The rule being edited for one indicator; a composite's parts each with a kind and parameters of their own. */
export interface RuleDraft extends KindDraft {
  indicator: string;
  /** The parts of 分项合计, in the order they add up; absent for the other kinds. */
  parts?: PartDraft[];
}

/**
 * The kind a composite's part is scored by: a rule kind, or its weight taken as stated (`assumed`). The form
 * offers every kind but a composite (PART_KINDS); a composite a pack nests in a part keeps its parts as JSON text.
 */
export type PartKind = RuleKind | 'assumed';

/** One part of a composite as typed: its name, its weight in points, and how it is scored. */
export interface PartDraft {
  label: string;
  weight: string;
  kind: PartKind;
  params: Record<string, string>;
  rows: Record<string, DraftRow[]>;
}

/** The kinds a part may be scored by, as the form lists them: every kind but a composite, then 按填报认定. */
export const PART_KINDS: readonly PartKind[] = [...RULE_KIND_NAMES.filter((k) => k !== 'composite'), 'assumed'];

/** Where one part's problems are said: its name, weight and kind, its parameters, its list rows. */
export interface PartOutcome {
  problems: Record<string, string>;
  rowProblems: Record<string, string>;
}

/** One row of a list parameter: each field's text ("0.9", "90%"), choice ("budget") or flag ("true"). */
export type DraftRow = Record<string, string>;

/** The list parameters the form edits as rows. */
export type RowListType = 'bands' | 'funding-tests';

/** The fields of those rows: a band's bounds and points, a limit test's two funding figures. */
export type RowFieldName = 'min' | 'includeMin' | 'max' | 'includeMax' | 'points' | 'actual' | 'limit';

/** One field of a list parameter's row: a number (a percentage reads as its ratio), a yes/no, or a funding figure. */
export interface RowField {
  name: RowFieldName;
  type: 'number' | 'flag' | 'funding-key';
  required: boolean;
}

/** The list parameters edited as rows, with their fields in the order the form shows them. */
export const ROW_FIELDS: Record<RowListType, readonly RowField[]> = {
  bands: [
    { name: 'min', type: 'number', required: false },
    { name: 'includeMin', type: 'flag', required: false },
    { name: 'max', type: 'number', required: false },
    { name: 'includeMax', type: 'flag', required: false },
    { name: 'points', type: 'number', required: true },
  ],
  'funding-tests': [
    { name: 'actual', type: 'funding-key', required: true },
    { name: 'limit', type: 'funding-key', required: true },
  ],
};

export function isRowList(type: ParamType): type is RowListType {
  return Object.prototype.hasOwnProperty.call(ROW_FIELDS, type);
}

/** A row parameter's fields, or null for a parameter typed as text. */
export function rowFieldsOf(p: ParamSpec): readonly RowField[] | null {
  return isRowList(p.type) ? ROW_FIELDS[p.type] : null;
}

/** A new row: every field empty, every flag set (a band includes its bounds unless told otherwise). */
export function emptyRow(p: ParamSpec): DraftRow {
  return Object.fromEntries((rowFieldsOf(p) ?? []).map((f) => [f.name, f.type === 'flag' ? 'true' : '']));
}

/** Empty rows for a kind's lists: one for each required list, so the form shows what to fill. */
function emptyRows(kind: RuleKind): Record<string, DraftRow[]> {
  const rows: Record<string, DraftRow[]> = {};
  for (const p of RULE_KINDS[kind].params as readonly ParamSpec[])
    if (rowFieldsOf(p)) rows[p.name] = p.required ? [emptyRow(p)] : [];
  return rows;
}

/** A new draft of a kind; a composite starts with one part to fill. */
export function draftOfKind(indicator: string, kind: RuleKind): RuleDraft {
  const draft: RuleDraft = { indicator, kind, params: {}, rows: emptyRows(kind) };
  if (kind === 'composite') draft.parts = [emptyPart()];
  return draft;
}

/** A new part: no name or weight yet, scored against its target (实际 ÷ 目标). */
export function emptyPart(): PartDraft {
  return partOfKind({ label: '', weight: '', kind: 'proportional', params: {}, rows: {} }, 'proportional');
}

/** The part scored by another kind: its name and weight kept, the kind's parameters started afresh. */
export function partOfKind(part: PartDraft, kind: PartKind): PartDraft {
  return { label: part.label, weight: part.weight, kind, params: {}, rows: kind === 'assumed' ? {} : emptyRows(kind) };
}

export interface DraftOutcome {
  /** The spec the draft describes; null while a field has a problem. */
  spec: RuleSpec | null;
  /** Each field's problem, by parameter name, in the pane's language (a list's as a whole: "不能为空"). */
  problems: Record<string, string>;
  /** A list row's problems: "bands.2.points" for a field, "tests.0" for the row as a whole. */
  rowProblems: Record<string, string>;
  /** A composite's parts' problems, by part. */
  parts: PartOutcome[];
  /** The rule's score for the indicator, rounded to the pack's decimals ("2.96"); null when it gives none. */
  computed: string | null;
  /** How it was computed ("98.76% × 3 = 2.96"), or why there is no score. */
  formula: string;
  /** Whether the computed score differs from the sheet's beyond rounding. */
  differs: boolean;
}

/** The name of the pack a workbook keeps its own rules in (it extends the pack the check used). */
export const WORKBOOK_PACK = 'workbook';

/** The indicators of every score table, with the rule the last check applied to each. */
export function editableIndicators(result: CheckResult): EditableIndicator[] {
  const out: EditableIndicator[] = [];
  result.model.scoreTables.forEach((table, ti) => {
    table.indicators.forEach((ind, ii) => {
      const evaluated = result.rules.results.find((r) => r.indicator === ind);
      const fromSheet = ind.criteria ? parseCriteria(ind.criteria.text) : null;
      out.push({
        key: `${ti}:${ii}`,
        table: ti,
        index: ii,
        row: `${table.sheet}!${ind.nameCell.address}`,
        name: ind.path[ind.path.length - 1] ?? '',
        points: shown(ind.points),
        score: shown(ind.score),
        current: evaluated?.rule?.spec ?? null,
        origin: evaluated?.rule?.origin ?? null,
        fixedBy: ind.source === 'funding' ? 'form' : fromSheet ? 'sheet' : null,
      });
    });
  });
  return out;
}

function shown(field: Indicator['points']): string | null {
  const n = numberOf(field);
  return n ? showReading(n) : field?.text.trim() || null;
}

/** A new draft for an indicator: its rule in the workbook's pack, else the rule the check applied, else the first kind. */
export function draftFor(item: EditableIndicator, pack: RulePack | null): RuleDraft {
  const own = pack?.rules.find((r) => r.match.names?.some((n) => labelOf(n) === labelOf(item.name)));
  const spec = own?.rule ?? item.current ?? { kind: 'proportional' };
  const draft: RuleDraft = { indicator: item.key, kind: spec.kind, params: paramsText(spec), rows: rowsOf(spec) };
  if (spec.kind === 'composite') draft.parts = spec.parts.map(partDraftOf);
  return draft;
}

/** A pack's part as the form shows it (a composite nested in a part keeps its parts as JSON text). */
function partDraftOf(part: CompositePart): PartDraft {
  const weight = String(part.weight);
  if (part.rule.kind === 'assumed') return { label: part.label, weight, kind: 'assumed', params: {}, rows: {} };
  const rule = part.rule;
  // A composite inside a part is not offered by the form; kept as the pack has it, its parts as JSON text.
  if (rule.kind === 'composite')
    return { label: part.label, weight, kind: 'composite', params: { parts: JSON.stringify(rule.parts) }, rows: {} };
  return { label: part.label, weight, kind: rule.kind, params: paramsText(rule), rows: rowsOf(rule) };
}

/** A spec's list parameters as the form's rows. */
export function rowsOf(spec: RuleSpec): Record<string, DraftRow[]> {
  const out: Record<string, DraftRow[]> = {};
  for (const p of RULE_KINDS[spec.kind].params as readonly ParamSpec[]) {
    const fields = rowFieldsOf(p);
    if (!fields) continue;
    const value = (spec as unknown as Record<string, unknown>)[p.name];
    const list = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
    out[p.name] = list.map((item) =>
      Object.fromEntries(
        fields.map((f) => {
          const v = item[f.name];
          if (f.type === 'flag') return [f.name, v === false ? 'false' : 'true'];
          return [f.name, v === undefined || v === null ? '' : String(v)];
        }),
      ),
    );
  }
  return out;
}

/**
 * A spec's parameters as the form shows them (list parameters edited as rows are left to rowsOf, a
 * composite's parts to their own form).
 */
export function paramsText(spec: RuleSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of RULE_KINDS[spec.kind].params as readonly ParamSpec[]) {
    const value = (spec as unknown as Record<string, unknown>)[p.name];
    if (value === undefined || rowFieldsOf(p) || p.type === 'parts') continue;
    if (p.type === 'string-list' && Array.isArray(value)) out[p.name] = value.join('、');
    else if (typeof value === 'object') out[p.name] = JSON.stringify(value);
    else out[p.name] = String(value);
  }
  return out;
}

/** The typed text of one parameter as a spec value; `bad` when it cannot be read at all (not JSON). */
function valueOf(p: ParamSpec, text: string | undefined): { value?: unknown; bad?: true } {
  const s = (text ?? '').trim();
  if (s === '') return {};
  switch (p.type) {
    case 'number':
    case 'positive-number':
      return { value: numberText(s) };
    case 'choice':
    case 'value-source':
      return { value: s };
    case 'string-list':
      return {
        value: s
          .split(/[、,，;；\n]/)
          .map((w) => w.trim())
          .filter(Boolean),
      };
    default:
      try {
        return { value: JSON.parse(s) as unknown };
      } catch {
        // Said at the field: the text is not a list the form can read.
        return { bad: true };
      }
  }
}

/**
 * A typed number: "0.9", "90%" (its ratio, as the rules compare rates) or "1,200"; text that does not read
 * stays as typed, for the kind's validate to say "应为数字".
 */
function numberText(s: string): number | string {
  const plain = s.replace(/[,，\s]/g, '').replace(/％/g, '%');
  const percent = plain.endsWith('%');
  const n = Number(percent ? plain.slice(0, -1) : plain);
  if (plain === '' || plain === '%' || !Number.isFinite(n)) return s;
  return percent ? Math.round(n * 1e10) / 1e12 : n;
}

/** The rows of a list parameter as the spec's list; an empty required field is said at the field. */
function rowsValue(
  p: ParamSpec,
  fields: readonly RowField[],
  rows: DraftRow[],
  rowProblems: Record<string, string>,
  required: string,
): Record<string, unknown>[] {
  return rows.map((row, i) => {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const text = (row[f.name] ?? '').trim();
      if (f.type === 'flag') {
        // A bound is included by default: only "not included" is written.
        if (text === 'false') out[f.name] = false;
      } else if (text === '') {
        if (f.required) rowProblems[`${p.name}.${i}.${f.name}`] = required;
      } else out[f.name] = f.type === 'number' ? numberText(text) : text;
    }
    return out;
  });
}

/** The parameter a problem's path is about: `rule.bands[2].points` → bands. */
function fieldOf(path: string): string {
  const rest = path.replace(/^rule\.?/, '');
  return /^[^.[]*/.exec(rest)?.[0] || 'kind';
}

/** The pane's own words for what the kinds' checks cannot see: a list that is not JSON, a row's empty field. */
export interface DraftWords {
  notJson: string;
  required: string;
  /** A list left without a row ("至少填写一行"). */
  needRow: string;
}

/** Where problems are said: a kind's fields and list rows, and a composite's parts, each a place of its own. */
interface Places extends PartOutcome {
  /** The list parameters edited as rows (and the parts list): a problem of theirs is said at the row. */
  rowParams: Set<string>;
  parts: Places[];
}

function places(): Places {
  return { problems: {}, rowProblems: {}, rowParams: new Set(), parts: [] };
}

/**
 * A kind's draft as the raw spec the kind's validate reads; what the form itself can tell (a list that is not
 * JSON, a row's empty field, a part without a name) is said at once. A top-level composite's parts come from
 * the parts form; deeper ones from JSON text.
 */
function rawOf(
  draft: KindDraft,
  parts: PartDraft[] | undefined,
  words: DraftWords,
  at: Places,
): Record<string, unknown> {
  const raw: Record<string, unknown> = { kind: draft.kind };
  for (const p of RULE_KINDS[draft.kind].params as readonly ParamSpec[]) {
    const fields = rowFieldsOf(p);
    if (fields) {
      at.rowParams.add(p.name);
      const rows = draft.rows[p.name] ?? [];
      // An optional list left without rows is left out; a required one says "不能为空".
      if (rows.length || p.required) raw[p.name] = rowsValue(p, fields, rows, at.rowProblems, words.required);
      continue;
    }
    if (p.type === 'parts' && parts) {
      at.rowParams.add(p.name);
      raw[p.name] = parts.map((part, i) => {
        const place = (at.parts[i] = places());
        return partValue(part, words, place);
      });
      continue;
    }
    const { value, bad } = valueOf(p, draft.params[p.name]);
    if (bad) at.problems[p.name] = words.notJson;
    else if (value !== undefined) raw[p.name] = value;
  }
  return raw;
}

/** One part as the pack writes it: { label, weight, rule }; an empty name or weight said at its field. */
function partValue(part: PartDraft, words: DraftWords, at: Places): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const label = part.label.trim();
  if (label) out.label = label;
  else at.problems.label = words.required;
  const weight = part.weight.trim();
  if (weight) out.weight = numberText(weight);
  else at.problems.weight = words.required;
  out.rule = part.kind === 'assumed' ? { kind: 'assumed' } : rawOf({ ...part, kind: part.kind }, undefined, words, at);
  return out;
}

/** Whether anything was said at a place or inside its parts. */
function hasProblems(at: Places): boolean {
  return Object.keys(at.problems).length > 0 || Object.keys(at.rowProblems).length > 0 || at.parts.some(hasProblems);
}

/**
 * Says a kind's problem where the form shows it: `rule.bands[2].points` at the row's field, `rule.parts[1].weight`
 * at the part's field, `rule.parts[1].rule.step` at the field of the part's own kind, the rest at the parameter.
 */
function sayAt(at: Places, path: string, key: MessageKey, text: string, words: DraftWords): void {
  const part = /^rule\.parts\[(\d+)\](.*)$/.exec(path);
  const place = part ? at.parts[Number(part[1])] : undefined;
  if (part && place) {
    const rest = part[2];
    if (rest === '.rule' || rest.startsWith('.rule.') || rest.startsWith('.rule['))
      return sayAt(place, `rule${rest.slice('.rule'.length)}`, key, text, words);
    const field = /^\.(\w+)/.exec(rest)?.[1] ?? 'label';
    place.problems[field] ??= text;
    return;
  }
  const field = fieldOf(path);
  const row = /^rule\.[^.[]+\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (at.rowParams.has(field) && row) {
    // Said at the row's field, or at the row when it is about the row as a whole.
    const where = `${field}.${row[1]}`;
    // A row's own word is left out where one of its fields already says what is missing.
    if (!row[2] && Object.keys(at.rowProblems).some((k) => k.startsWith(`${where}.`))) return;
    at.rowProblems[row[2] ? `${where}.${row[2]}` : where] ??= text;
    return;
  }
  if (at.rowParams.has(field) && key === 'pack.non-empty-list') {
    at.problems[field] ??= words.needRow;
    return;
  }
  const where = path.startsWith(`rule.${field}[`) ? `${path.slice(`rule.${field}`.length)}：` : '';
  at.problems[field] ??= `${where}${text}`;
}

/** The draft's spec, its problems (each at its field, a list row's at the row's field) and the score it gives. */
export function evaluateDraft(result: CheckResult, draft: RuleDraft, lang: Lang, words: DraftWords): DraftOutcome {
  const at = places();
  const raw = rawOf(draft, draft.parts, words, at);
  const say: Say = (path, key, params: ProblemParams = {}) => {
    const said = Object.fromEntries(
      Object.entries(params).map(([k, v]) => [
        k,
        typeof v === 'string' || typeof v === 'number' ? v : v.join(t(lang, 'pack.list-separator')),
      ]),
    );
    sayAt(at, path, key, t(lang, key, said), words);
  };
  // The kind's own checks, nested specs (a composite's parts) checked as at the top.
  RULE_KINDS[draft.kind].validate(raw, 'rule', say, (spec, where, s) => nestedValidate(spec, where, s));
  const spec = hasProblems(at) ? null : (raw as RuleSpec);
  const { problems, rowProblems } = at;
  const parts = at.parts.map(({ problems: p, rowProblems: r }) => ({ problems: p, rowProblems: r }));
  const found = locateIndicator(result, draft.indicator);
  const none = { spec, problems, rowProblems, parts, computed: null, formula: '', differs: false };
  if (!spec || !found) return none;
  const points = numberOf(found.points)?.value ?? null;
  if (points === null) return none;
  const reconciled = reconcile(found, result.rules.pack.defaultOperator);
  // As the check applies it: a composite's weights scaled to the sheet's points.
  const outcome = applyRule(scaleToPoints(spec, points), {
    points,
    target: reconciled.target,
    actual: reconciled.actual,
    actualText: reconciled.actualText,
    targetText: reconciled.targetText,
    deadline: reconciled.deadline,
    funding: fundingFigures(result.model),
  });
  if (outcome.computed === null) {
    return {
      ...none,
      formula: outcome.missing ? t(lang, `rule.why.${outcome.missing}`) : outcome.formula,
    };
  }
  const decimals = result.rules.pack.scoreDecimals;
  const stated = numberOf(found.score)?.value;
  const tol = 0.5 * 10 ** -decimals + 1e-9;
  const low = (outcome.low ?? outcome.computed) - tol;
  const high = (outcome.high ?? outcome.computed) + tol;
  return {
    ...none,
    computed: show(roundTo(outcome.computed, decimals), decimals),
    formula: outcome.formula,
    differs: stated !== undefined && (stated < low || stated > high),
  };
}

/** A composite part's rule: checked by its kind as at the top. */
function nestedValidate(spec: unknown, at: string, say: Say): void {
  if (typeof spec !== 'object' || spec === null) return say(at, 'pack.no-spec');
  const kind = String((spec as Record<string, unknown>).kind);
  if (kind === 'assumed') return;
  if (!isRuleKind(kind)) return say(`${at}.kind`, 'pack.unknown-kind', { kind, kinds: Object.keys(RULE_KINDS) });
  RULE_KINDS[kind].validate(spec as Record<string, unknown>, at, say, nestedValidate);
}

function locateIndicator(result: CheckResult, key: string): Indicator | null {
  const [ti, ii] = key.split(':').map(Number);
  return result.model.scoreTables[ti]?.indicators[ii] ?? null;
}

/**
 * The workbook's pack with this indicator's rule set (replacing its earlier one). A new pack extends the
 * pack the check used, so every other rule stays as it was.
 */
export function packWithRule(result: CheckResult, pack: RulePack | null, name: string, spec: RuleSpec): RulePack {
  const base = result.rules.pack;
  const start: RulePack = pack ?? {
    name: WORKBOOK_PACK,
    appliesTo: [],
    extends: base.name === WORKBOOK_PACK ? base.extends : base.name,
    scoreDecimals: base.scoreDecimals,
    defaultOperator: base.defaultOperator,
    rules: [],
  };
  const label = labelOf(name);
  const rule: PackRule = { id: uniqueId(start, label), title: name, match: { names: [name] }, rule: spec };
  const others = start.rules.filter((r) => !r.match.names?.some((n) => labelOf(n) === label));
  const kept = start.rules.find((r) => r.match.names?.some((n) => labelOf(n) === label));
  return { ...start, rules: [...others, kept ? { ...rule, id: kept.id } : rule] };
}

function uniqueId(pack: RulePack, label: string): string {
  const ids = new Set(pack.rules.map((r) => r.id));
  let id = label || 'rule';
  for (let n = 2; ids.has(id); n++) id = `${label}-${n}`;
  return id;
}

/** The pack as the JSON file `scoresheet check --rules FILE` reads. */
export function packJson(pack: RulePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** A pack file read back: checked as the CLI checks it; throws RulePackError naming every problem. */
export function readPackJson(text: string, fileName: string, lang: Lang): RulePack {
  return validatePack(JSON.parse(text) as unknown, fileName, lang);
}
