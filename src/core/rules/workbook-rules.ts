import type { SheetData, WorkbookData } from '../grid/types';
import { type Lang, type MessageKey, t } from '../i18n/catalogue';
import { labelOf } from '../locate/synonyms';
import type { PackRule, RulePack } from './pack';
import { shippedPacks } from './packs/index';
import type { RuleSpec } from './types';
import { RulePackError, validatePack } from './validate-pack';

/**
 * A district's own scoring rules, saved in the workbook itself so that they travel with the file: a rule
 * pack (the JSON `scoresheet check --rules FILE` reads) in a very hidden sheet. A1 says what the sheet is;
 * the pack's JSON follows in column A from A2, cut into cells of at most RULES_CHUNK characters (Excel
 * holds 32,767 in a cell). The sheet is no data of the user's: the check reads the pack from it and looks
 * for tables and text in the other sheets only.
 */

/** The very hidden sheet holding the workbook's own rule pack. */
export const RULES_SHEET = 'scoresheet规则';
/** Characters of the pack's JSON per cell at most. */
export const RULES_CHUNK = 32_000;
/** The origin of a rule of the workbook's own pack: "workbook/<rule id>" in indicators[].rule.origin. */
export const WORKBOOK_ORIGIN = 'workbook';
/** The name of a pack made from per-indicator rules (packFromIndicatorRules). */
export const WORKBOOK_PACK_NAME = 'workbook';

/** What to write into the rules sheet: its name and column A from A1, one cell a row (as Range.values takes it). */
export interface RulesSheetPlan {
  name: string;
  rows: [string][];
}

/** Something wrong with the rules sheet, said in the user's language, with the sheet and the cell. */
export interface RulesSheetProblem {
  sheet: string;
  cell: string;
  message: string;
}

/** The rules sheet as read: the pack (null when there is none or it cannot be used) and what was wrong. */
export interface WorkbookRules {
  /** Whether the workbook has a rules sheet at all. */
  present: boolean;
  sheet: string;
  pack: RulePack | null;
  problems: RulesSheetProblem[];
}

/**
 * The rules sheet's cells for a pack: the header, then the pack's JSON in chunks. The pack is validated
 * first (a RulePackError for an invalid one): what is written can always be read back. A chunk never
 * starts with a character Excel could take for the start of a formula or a number ("=", "+", "-", "@",
 * a digit, a space), nor inside a surrogate pair: it is cut before a JSON delimiter where it can be.
 */
export function serialiseWorkbookRules(pack: RulePack, lang: Lang = 'zh-CN'): RulesSheetPlan {
  const valid = validatePack(JSON.parse(JSON.stringify(pack)) as unknown, RULES_SHEET, lang);
  const chunks = chunk(JSON.stringify(valid));
  const header = t(lang, 'rules-sheet.header', { cells: chunks.length > 1 ? `A2:A${chunks.length + 1}` : 'A2' });
  return { name: RULES_SHEET, rows: [[header], ...chunks.map((c): [string] => [c])] };
}

const DELIMITER = /["{}[\],:]/;
const UNSAFE_START = /[=+\-@'\s\d\uDC00-\uDFFF]/;

function chunk(json: string, size = RULES_CHUNK): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < json.length) {
    let end = Math.min(start + size, json.length);
    if (end < json.length) {
      // Back to a delimiter within the last tenth of the chunk, else to any safe character.
      let cut = end;
      while (cut > start + size * 0.9 && !DELIMITER.test(json[cut])) cut--;
      if (!DELIMITER.test(json[cut])) {
        cut = end;
        while (cut > start + 1 && UNSAFE_START.test(json[cut])) cut--;
      }
      end = cut;
    }
    out.push(json.slice(start, end));
    start = end;
  }
  return out;
}

/** The workbook's own pack, from its rules sheet; a damaged sheet gives problems (naming the cell), never an exception. */
export function readWorkbookRules(workbook: WorkbookData, lang: Lang = 'zh-CN'): WorkbookRules {
  const sheet = workbook.sheets.find((s) => s.name === RULES_SHEET);
  const none: WorkbookRules = { present: false, sheet: RULES_SHEET, pack: null, problems: [] };
  if (!sheet) return none;
  const problem = (cell: string, key: MessageKey, params: Record<string, string> = {}): WorkbookRules => ({
    ...none,
    present: true,
    problems: [{ sheet: RULES_SHEET, cell, message: t(lang, key, { sheet: RULES_SHEET, cell, ...params }) }],
  });
  const column = columnA(sheet);
  const chunks: string[] = [];
  for (let r = 1; r < column.length; r++) {
    const cell = column[r];
    if (cell === undefined) {
      if (column.slice(r).some((c) => c !== undefined)) return problem(`A${r + 1}`, 'rules-sheet.gap');
      break;
    }
    if (typeof cell !== 'string') return problem(`A${r + 1}`, 'rules-sheet.not-text');
    chunks.push(cell);
  }
  if (chunks.length === 0) return problem('A2', 'rules-sheet.empty');
  const json = chunks.join('');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    return problem(cellOfPosition(chunks, err as Error), 'rules-sheet.bad-json', { detail: (err as Error).message });
  }
  let pack: RulePack;
  try {
    pack = validatePack(raw, RULES_SHEET, lang);
  } catch (err) {
    if (!(err instanceof RulePackError)) throw err;
    return problem('A2', 'rules-sheet.invalid', { problems: err.problems.join(t(lang, 'pack.problem-separator')) });
  }
  const problems: RulesSheetProblem[] = [];
  if (pack.extends !== undefined && !shippedPacks.has(pack.extends)) {
    problems.push({
      sheet: RULES_SHEET,
      cell: 'A2',
      message: t(lang, 'rules-sheet.unknown-base', { sheet: RULES_SHEET, cell: 'A2', name: pack.extends }),
    });
  }
  return { present: true, sheet: RULES_SHEET, pack, problems };
}

/** Column A's values from A1 down (holes where a cell is empty); an error or a non-text value is kept as it is. */
function columnA(sheet: SheetData): (string | number | boolean | null | undefined)[] {
  const out: (string | number | boolean | null | undefined)[] = [];
  sheet.cells.forEach((row, r) => {
    const cell = row?.[0];
    if (!cell) return;
    if (cell.error !== undefined) out[r] = null;
    else if (cell.value === null || cell.value === '') return;
    else out[r] = cell.value;
  });
  return out;
}

/**
 * The cell where JSON.parse stopped: from "position N" in its message; the last cell where the text ends
 * early; else the whole run of cells.
 */
function cellOfPosition(chunks: string[], err: Error): string {
  const last = `A${chunks.length + 1}`;
  if (/end of JSON input/.test(err.message)) return last;
  const m = /position (\d+)/.exec(err.message);
  if (!m) return chunks.length > 1 ? `A2:${last}` : 'A2';
  let at = Number(m[1]);
  for (let i = 0; i < chunks.length; i++) {
    if (at < chunks[i].length) return `A${i + 2}`;
    at -= chunks[i].length;
  }
  return last;
}

/** The workbook without its rules sheet: what the check reads as the user's data. */
export function withoutRulesSheet(workbook: WorkbookData): WorkbookData {
  return workbook.sheets.some((s) => s.name === RULES_SHEET)
    ? { ...workbook, sheets: workbook.sheets.filter((s) => s.name !== RULES_SHEET) }
    : workbook;
}

/** One indicator's own rule, as a rule editor sets it: the indicator by its path or name, and its rule (null: none of its own). */
export interface IndicatorRule {
  indicator: string | readonly string[];
  rule: RuleSpec | null;
  /** What the rule is, for whoever reads the pack (the 评分标准's wording). */
  source?: string;
}

/**
 * The workbook's own pack with per-indicator rules: each matched by the indicator's clean name, its id
 * the name. From a shipped pack (the one the workbook would use anyway, autoPack): a new pack extending
 * it. From a pack of the workbook's own (what it holds already): that pack with those indicators' rules
 * replaced, the others kept. A rule of null takes the indicator's own rule out. Later entries win.
 */
export function packFromIndicatorRules(
  rules: readonly IndicatorRule[],
  base: RulePack,
  lang: Lang = 'zh-CN',
): RulePack {
  const own = !shippedPacks.has(base.name) || shippedPacks.get(base.name) !== base;
  const start: RulePack = own
    ? { ...base, rules: [...base.rules] }
    : {
        name: WORKBOOK_PACK_NAME,
        title: t(lang, 'rules-sheet.pack-title'),
        appliesTo: [],
        extends: base.name,
        scoreDecimals: base.scoreDecimals,
        defaultOperator: base.defaultOperator,
        rules: [],
      };
  const made = new Map<string, PackRule | null>();
  for (const entry of rules) {
    const path = typeof entry.indicator === 'string' ? [entry.indicator] : entry.indicator;
    const name = labelOf(path[path.length - 1] ?? '');
    if (name === '') continue;
    made.delete(name);
    made.set(
      name,
      entry.rule && {
        id: name,
        title: name,
        ...(entry.source ? { source: entry.source } : {}),
        match: { names: [name] },
        rule: entry.rule,
      },
    );
  }
  const replaced = (r: PackRule) =>
    made.has(r.id) || (r.match.names?.length === 1 && made.has(labelOf(r.match.names[0])));
  const kept = start.rules.filter((r) => !replaced(r));
  const added = [...made.values()].filter((r): r is PackRule => r !== null);
  return { ...start, rules: [...added, ...kept] };
}
