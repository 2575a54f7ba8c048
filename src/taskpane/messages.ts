import { t, type MessageKey } from '../core/i18n/catalogue';
import { shippedPackList, type ShippedPackName } from '../core/rules/packs/index';
import type { HostErrorCode, WarningCode } from './hosts/host';
import { ROW_FIELDS, type RowFieldName, type RowListType } from './view/rule-draft';

// User-facing strings of the task pane. zh-CN is the default (the users are Chinese finance staff);
// en-US is for reviewers and English-language Office installs.

export type Locale = 'zh-CN' | 'en-US';

export const DEFAULT_LOCALE: Locale = 'zh-CN';

export interface Messages {
  locale: Locale;
  /** Pane title and document title. */
  title: string;
  /** One line: what the add-in does. */
  summary: string;
  checkButton: string;
  annotateButton: string;
  cleanButton: string;
  explainButton: string;
  wordButton: string;
  workbookButton: string;
  chooseFile: string;
  working: string;
  /** "在 {range} 找到评分表" */
  foundTable: string;
  noTable: string;
  /** "只在 {range} 中查找评分表（当前选区）" */
  scope: string;
  useSelection: string;
  findAnywhere: string;
  noTableInScope: string;
  total: string;
  counts: string;
  groups: { error: string; warning: string; info: string };
  expected: string;
  actual: string;
  annotated: string;
  cleaned: string;
  explained: string;
  settings: string;
  rulePack: string;
  /** 'auto' and each pack the core ships, by its title. */
  rulePacks: Record<'auto' | ShippedPackName, string>;
  tolerance: string;
  toleranceAuto: string;
  language: string;
  /** Each language by its own name, for the language list. */
  languages: Record<Locale, string>;
  /** 清除标注 on an Excel without notes (ExcelApi < 1.18): only fills were restored. */
  cleanedFillsOnly: string;
  /** Each with its way out; {detail} is the sheet, the requirement set or Excel's error code. */
  errors: Record<HostErrorCode | 'unknown', string>;
  /** Shown under the result of an action that went through; {detail} names a cell or a count. */
  warnings: Record<WarningCode, string>;
  /** Shown when the page is opened outside Office. */
  browserMode: string;
  /** Shown when office.js did not report ready in time. */
  officeNotReady: string;
  /** The browser-mode file picker's button, and what it says before a file is chosen. */
  chooseFileButton: string;
  noFileChosen: string;
  /** The step under way, beside the progress indicator. */
  steps: Record<Step, string>;
  /** Each form's name in the table picker ("部门整体表 · 部门整体!B11:I16"). */
  forms: { project: string; department: string; index: string; targets: string };
  tablePicker: string;
  /** The score tree: its accessible name, the column heads and a leaf's shortfall ("扣 {n} 分"). */
  tree: string;
  points: string;
  score: string;
  deducted: string;
  /** A row's findings for screen readers: "{count} 项问题". */
  rowFindings: string;
  /** "{count} 项得分没有可核对的评分规则": all rule-not-verified notes as one line. */
  unverified: string;
  /** The action that will open the rule editor (not built yet). */
  setRules: string;
  /** No errors or warnings for the chosen table. */
  noProblems: string;
  /** The folded 提示: "提示（{count}）". */
  notesFold: string;
  /** The downloads' file names: "{stem}-自评表说明.docx", "{stem}-已标注.xlsx". */
  files: { word: string; workbook: string };
  /** The scoring-rule editor. */
  ruleEditor: RuleEditorMessages;
  /** After a correction: "已修正 {cells}：{changes}。" ({changes}: "46.5 → 47.5", joined). */
  corrected: string;
  /** The action that puts the corrected cells back. */
  undoCorrection: string;
  /** After 撤销修正: "已撤销修正：{cells} 已恢复原值。" */
  correctionUndone: string;
  /** After 清除标注: "修正过的单元格已恢复原值：{cells}。" */
  correctionsRestored: string;
  /** Corrected cells the user changed since, left as they are: "{cells} 在修正后又被改动过…" */
  correctionsKept: string;
  /** The correction button's accessible name: "{display}（{cell}）". */
  correctLabel: string;
}

export interface RuleEditorMessages {
  title: string;
  indicator: string;
  kind: string;
  /** The sheet's score and the rule's, side by side. */
  sheetScore: string;
  ruleScore: string;
  /** The rule gives no score yet (a field has a problem, or a figure is missing). */
  noScore: string;
  differs: string;
  agrees: string;
  /** A parameter left empty: the kind's default applies. */
  optional: string;
  save: string;
  close: string;
  remove: string;
  exportPack: string;
  importPack: string;
  /** "已保存 {name} 的评分规则，并已重新检查。" */
  saved: string;
  removed: string;
  /** "已导入 {count} 条评分规则，并已重新检查。" */
  imported: string;
  /** A list parameter (bands, parts…) typed as JSON that does not read. */
  notJson: string;
  /** The indicator's rule cannot be set here: the sheet's own 评分标准, or the form's 执行率 × 分值, wins. */
  fixedBy: { sheet: string; form: string };
  /** The leaf action in the tree: "设置“{name}”的评分规则". */
  forRow: string;
  /** A pack file that does not read: "{detail}". */
  badFile: string;
  /** A list row's field left empty. */
  required: string;
  /** A list left without a row. */
  needRow: string;
  /** A list row's name, for its legend and its remove button: "第 {n} 档". */
  rowName: Record<RowListType, string>;
  addRow: Record<RowListType, string>;
  /** "删除{row}" */
  removeRow: string;
  /** Each field of a list row, by its label. */
  fields: Record<RowFieldName, string>;
  /** Under a number field of a row: a rate may be typed as a ratio or a percentage. */
  numberHint: string;
  /** A choice not made yet. */
  choose: string;
  /** Under a list of words (定性判断's 表示达标的词语). */
  wordsHint: string;
  /** A composite's parts: "第 {n} 部分", its fields, and 按表中得分认定 for a part not computed. */
  parts: { name: string; add: string; label: string; weight: string; kind: string; assumed: string; hint: string };
}

/** The steps the pane names while it works (any of them may take over half a second on a large workbook). */
export type Step = 'read' | 'check' | 'write' | 'clean' | 'word' | 'workbook' | 'correct';

// Every code and step as a record's key, so that one added to its type without words here is a compile error.
const HOST_ERRORS: Record<HostErrorCode | 'unknown', null> = {
  'protected-sheet': null,
  'protected-workbook': null,
  'missing-sheet': null,
  'api-missing': null,
  'too-large': null,
  'no-file': null,
  'not-a-workbook': null,
  'partial-write': null,
  'partial-clean': null,
  'invalid-selection': null,
  'cell-edit': null,
  'request-too-large': null,
  'response-too-large': null,
  'item-not-found': null,
  'access-denied': null,
  'api-not-found': null,
  'general-exception': null,
  'office-error': null,
  'correction-formula': null,
  'correction-changed': null,
  unknown: null,
};
const PANE_WARNINGS: Record<Exclude<WarningCode, 'state-rows-unreadable'>, null> = {
  'notes-unavailable': null,
  'fill-approximated': null,
  'notes-left': null,
  'merges-unavailable': null,
};
const STEPS: Record<Step, null> = {
  read: null,
  check: null,
  write: null,
  clean: null,
  word: null,
  workbook: null,
  correct: null,
};
const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];
const ROW_FIELD_NAMES: Record<RowFieldName, null> = {
  min: null,
  includeMin: null,
  max: null,
  includeMax: null,
  points: null,
  actual: null,
  limit: null,
};

/** The record's keys, each said by the catalogue key its name makes. */
function table<K extends string>(
  names: Record<K, unknown> | readonly K[],
  say: (name: K) => string,
): Record<K, string> {
  const list = (Array.isArray(names) ? names : Object.keys(names)) as K[];
  return Object.fromEntries(list.map((name) => [name, say(name)])) as Record<K, string>;
}

/** The pane's words in one language, all from the core catalogue ("pane.*" keys, and the packs' own titles). */
function build(locale: Locale): Messages {
  const say = (key: MessageKey) => t(locale, key);
  return {
    locale,
    title: say('pane.title'),
    summary: say('pane.summary'),
    checkButton: say('pane.checkButton'),
    annotateButton: say('pane.annotateButton'),
    cleanButton: say('pane.cleanButton'),
    explainButton: say('pane.explainButton'),
    wordButton: say('pane.wordButton'),
    workbookButton: say('pane.workbookButton'),
    chooseFile: say('pane.chooseFile'),
    working: say('pane.working'),
    foundTable: say('pane.foundTable'),
    noTable: say('pane.noTable'),
    scope: say('pane.scope'),
    useSelection: say('pane.useSelection'),
    findAnywhere: say('pane.findAnywhere'),
    noTableInScope: say('pane.noTableInScope'),
    total: say('pane.total'),
    counts: say('pane.counts'),
    groups: { error: say('pane.groups.error'), warning: say('pane.groups.warning'), info: say('pane.groups.info') },
    expected: say('pane.expected'),
    actual: say('pane.actual'),
    annotated: say('pane.annotated'),
    cleaned: say('pane.cleaned'),
    cleanedFillsOnly: say('pane.cleanedFillsOnly'),
    explained: say('pane.explained'),
    settings: say('pane.settings'),
    rulePack: say('pane.rulePack'),
    // The shipped packs, in the core's order, by their own titles; 'auto' is the pane's own choice.
    rulePacks: {
      auto: say('pane.rulePacks.auto'),
      ...(Object.fromEntries(shippedPackList.map((p) => [p.name, say(p.titleKey)])) as Record<ShippedPackName, string>),
    },
    tolerance: say('pane.tolerance'),
    toleranceAuto: say('pane.toleranceAuto'),
    language: say('pane.language'),
    languages: table(LOCALES, (l) => say(`pane.languages.${l}`)),
    errors: table(HOST_ERRORS, (code) => say(`pane.errors.${code}`)),
    warnings: {
      ...table(PANE_WARNINGS, (code) => say(`pane.warnings.${code}`)),
      // The CLI says the same (its catalogue entry), with the rows as {detail}.
      'state-rows-unreadable': t(locale, 'state.rows-unreadable', { rows: '{detail}' }),
    },
    browserMode: say('pane.browserMode'),
    officeNotReady: say('pane.officeNotReady'),
    chooseFileButton: say('pane.chooseFileButton'),
    noFileChosen: say('pane.noFileChosen'),
    steps: table(STEPS, (step) => say(`pane.steps.${step}`)),
    forms: {
      project: say('pane.forms.project'),
      department: say('pane.forms.department'),
      index: say('pane.forms.index'),
      targets: say('pane.forms.targets'),
    },
    corrected: say('pane.corrected'),
    undoCorrection: say('pane.undoCorrection'),
    correctionUndone: say('pane.correctionUndone'),
    // The CLI's clean says the same (its catalogue entries), with the cells as {cells}.
    correctionsRestored: t(locale, 'correction.restored', { cells: '{cells}' }),
    correctionsKept: t(locale, 'correction.kept', { cells: '{cells}' }),
    correctLabel: say('pane.correctLabel'),
    tablePicker: say('pane.tablePicker'),
    tree: say('pane.tree'),
    points: say('pane.points'),
    score: say('pane.score'),
    deducted: say('pane.deducted'),
    rowFindings: say('pane.rowFindings'),
    unverified: say('pane.unverified'),
    setRules: say('pane.setRules'),
    noProblems: say('pane.noProblems'),
    notesFold: say('pane.notesFold'),
    files: { word: say('pane.files.word'), workbook: say('pane.files.workbook') },
    ruleEditor: {
      title: say('pane.ruleEditor.title'),
      indicator: say('pane.ruleEditor.indicator'),
      kind: say('pane.ruleEditor.kind'),
      sheetScore: say('pane.ruleEditor.sheetScore'),
      ruleScore: say('pane.ruleEditor.ruleScore'),
      noScore: say('pane.ruleEditor.noScore'),
      differs: say('pane.ruleEditor.differs'),
      agrees: say('pane.ruleEditor.agrees'),
      optional: say('pane.ruleEditor.optional'),
      save: say('pane.ruleEditor.save'),
      close: say('pane.ruleEditor.close'),
      remove: say('pane.ruleEditor.remove'),
      exportPack: say('pane.ruleEditor.exportPack'),
      importPack: say('pane.ruleEditor.importPack'),
      saved: say('pane.ruleEditor.saved'),
      removed: say('pane.ruleEditor.removed'),
      imported: say('pane.ruleEditor.imported'),
      notJson: say('pane.ruleEditor.notJson'),
      fixedBy: { sheet: say('pane.ruleEditor.fixedBy.sheet'), form: say('pane.ruleEditor.fixedBy.form') },
      forRow: say('pane.ruleEditor.forRow'),
      badFile: say('pane.ruleEditor.badFile'),
      required: say('pane.ruleEditor.required'),
      needRow: say('pane.ruleEditor.needRow'),
      rowName: table(ROW_FIELDS, (list) => say(`pane.ruleEditor.rowName.${list}`)),
      addRow: table(ROW_FIELDS, (list) => say(`pane.ruleEditor.addRow.${list}`)),
      removeRow: say('pane.ruleEditor.removeRow'),
      fields: table(ROW_FIELD_NAMES, (field) => say(`pane.ruleEditor.fields.${field}`)),
      numberHint: say('pane.ruleEditor.numberHint'),
      choose: say('pane.ruleEditor.choose'),
      wordsHint: say('pane.ruleEditor.wordsHint'),
      parts: {
        name: say('pane.ruleEditor.parts.name'),
        add: say('pane.ruleEditor.parts.add'),
        label: say('pane.ruleEditor.parts.label'),
        weight: say('pane.ruleEditor.parts.weight'),
        kind: say('pane.ruleEditor.parts.kind'),
        assumed: say('pane.ruleEditor.parts.assumed'),
        hint: say('pane.ruleEditor.parts.hint'),
      },
    },
  };
}

export const MESSAGES: Readonly<Record<Locale, Messages>> = { 'zh-CN': build('zh-CN'), 'en-US': build('en-US') };

/**
 * Picks the catalogue for the first usable language tag (e.g. Office's displayLanguage, then
 * navigator.language). Any Chinese tag (zh, zh-CN, zh-Hans, zh-TW…) gives zh-CN, any English tag en-US;
 * anything else falls through to the next candidate, and finally to zh-CN.
 */
export function pickLocale(...candidates: ReadonlyArray<string | null | undefined>): Locale {
  for (const tag of candidates) {
    if (typeof tag !== 'string') continue;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en-US';
  }
  return DEFAULT_LOCALE;
}

/** Fills {name} placeholders of a pane message. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
