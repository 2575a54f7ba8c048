import { t } from "../core/i18n/catalogue";
import type { HostErrorCode, WarningCode } from "./hosts/host";

// User-facing strings of the task pane. zh-CN is the default (the users are Chinese finance staff);
// en-US is for reviewers and English-language Office installs.

export type Locale = "zh-CN" | "en-US";

export const DEFAULT_LOCALE: Locale = "zh-CN";

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
  rulePacks: { auto: string; generic: string; 'guangzhou-department': string };
  tolerance: string;
  toleranceAuto: string;
  language: string;
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
  /** After a correction: "已将 {cells} 改正：{changes}。" ({changes}: "46.5 → 47.5", joined). */
  corrected: string;
  /** The action that puts the corrected cells back. */
  undoCorrection: string;
  /** After 撤销修正: "已撤销修正：{cells} 已恢复原值。" */
  correctionUndone: string;
  /** The correction button's accessible name: "{display}（{cell}）". */
  correctLabel: string;
}

/** The steps the pane names while it works (any of them may take over half a second on a large workbook). */
export type Step = "read" | "check" | "write" | "clean" | "word" | "workbook" | "correct";

export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  "zh-CN": {
    locale: "zh-CN",
    title: "绩效自评检查",
    summary: "检查已填写的部门整体支出绩效自评表：找出评分表，核对分值与合计是否正确。",
    checkButton: "检查",
    annotateButton: "标注",
    cleanButton: "清除标注",
    explainButton: "生成说明",
    wordButton: "下载 Word",
    workbookButton: "下载标注后的工作簿",
    chooseFile: "选择 .xlsx 文件",
    working: "正在处理…",
    foundTable: "在 {range} 找到评分表",
    noTable: "未找到评分表：请确认表头含“一级指标/指标名称”与“分值/得分”。",
    scope: "只在 {range} 中查找评分表（当前选区）",
    useSelection: "改用当前选区",
    findAnywhere: "在整个工作簿中查找",
    noTableInScope: "所选区域 {range} 中没有找到评分表：请选中包括表头在内的整张评分表，再点“改用当前选区”。",
    total: "总分 {score} / {points}（{count} 个指标）",
    counts: "错误 {error} 项，警告 {warning} 项，提示 {info} 项",
    groups: { error: "错误", warning: "警告", info: "提示" },
    expected: "应为",
    actual: "实际",
    annotated: "已标注 {marks} 个单元格，并生成“检查结果”和“自评表说明”工作表。",
    cleaned: "已清除标注，原有底色与批注已恢复。",
    cleanedFillsOnly: "已清除标注，原有底色已恢复。当前 Excel 不支持批注，批注未作改动。",
    explained: "已生成“自评表说明”工作表。",
    settings: "设置",
    rulePack: "评分规则包",
    rulePacks: { auto: "自动（按单位名称）", generic: "通用目标表", "guangzhou-department": "广州市部门整体支出" },
    tolerance: "容差（留空：按显示的小数位）",
    toleranceAuto: "按显示的小数位",
    language: "语言",
    errors: {
      "protected-sheet": "工作表“{detail}”受保护，无法标注。请在“审阅”中撤销工作表保护后重试，或只下载 Word 说明。",
      "protected-workbook": "工作簿结构受保护，无法添加或删除工作表。请在“审阅”中撤销“保护工作簿”后重试。",
      "missing-sheet": "找不到工作表“{detail}”：工作簿在检查后被修改，请重新检查。",
      "api-missing": "当前 Excel 版本不支持所需功能（{detail}）。请升级到 Microsoft 365 或 Excel 2021 及以上版本，或在浏览器中打开 .xlsx 文件使用。",
      "too-large": "工作表过大（{detail}），无法一次读取。请只保留评分表所在的工作表后重试。",
      "no-file": "请先选择一个 .xlsx 文件。",
      "not-a-workbook": "无法读取所选文件：{detail}。旧版 .xls 或加密文件请先在 Excel/WPS 中另存为 .xlsx。",
      "partial-write":
        "标注未能全部写入（Excel 返回 {detail}）：工作簿中已有部分标注。请点“清除标注”将其全部撤除，然后重新标注；标注前的底色与批注会恢复。",
      "correction-formula": "{detail} 含有公式，不会被改写：请修改公式引用的单元格。工作簿未被修改。",
      "correction-changed": "{detail} 的内容在检查后已被修改，未作修正。请重新检查后再试。工作簿未被修改。",
      "partial-clean": "清除标注未能完成（Excel 返回 {detail}）：部分标注仍在工作簿中。请再点一次“清除标注”。",
      "invalid-selection": "当前选区不能用于此操作：请只选中一个连续区域（不要按住 Ctrl 多选），再试一次。",
      "cell-edit": "Excel 正处于单元格编辑状态：请按 Enter 或 Esc 结束编辑后重试。",
      "request-too-large": "要写入的内容超出了 Excel 网页版单次请求 5 MB 的上限。请在 Windows 或 Mac 版 Excel 中操作，或只保留评分表所在的工作表后重试。",
      "response-too-large": "工作表内容超出了 Excel 网页版单次读取 5 MB 的上限。请在 Windows 或 Mac 版 Excel 中操作，或只保留评分表所在的工作表后重试。",
      "item-not-found": "找不到所需的工作表或单元格：工作簿在检查后被修改。请重新检查后再试。",
      "access-denied": "Excel 拒绝了修改：工作表或工作簿受保护，或文件为只读。请撤销保护或另存一份可编辑的副本后重试。",
      "api-not-found": "当前 Excel 不支持所需功能（{detail}）。请升级到 Microsoft 365，或在浏览器中打开 .xlsx 文件使用。",
      "general-exception": "Excel 内部出错，操作未完成。请保存工作簿、重新打开后重试。",
      "office-error": "Excel 报告错误 {detail}，操作未完成。请保存工作簿、重新打开后重试。",
      unknown: "出现意外错误：{detail}。工作簿未被修改。",
    },
    warnings: {
      "notes-unavailable": "当前 Excel 不支持批注（需要 ExcelApi 1.18）：标注单元格未添加批注，各项原因只列在“检查结果”工作表中。",
      "fill-approximated": "个别单元格原有的底色无法完全还原（如渐变或主题色），已恢复为最接近的颜色：{detail}",
      "notes-left": "当前 Excel 不支持批注：之前标注添加的批注未能删除，请手动删除：{detail}",
      // The CLI says the same (its catalogue entry), with the rows as {detail}.
      "state-rows-unreadable": t("zh-CN", "state.rows-unreadable", { rows: "{detail}" }),
      "merges-unavailable": "当前 Excel 无法读取合并单元格（需要 ExcelApi 1.13）：合并的指标名称只按左上角单元格识别，结果可能不完整。",
    },
    browserMode: "浏览器模式：选择本机的 .xlsx 文件进行检查，文件不会上传。",
    officeNotReady: "未能连接到 Excel（office.js 未就绪），已切换到浏览器模式。",
    chooseFileButton: "选择文件…",
    noFileChosen: "未选择文件",
    steps: { read: "读取工作簿", check: "检查", write: "写入标注", clean: "清除标注", word: "生成 Word 文件", workbook: "生成工作簿", correct: "写入修正" },
    forms: { project: "项目支出表", department: "部门整体表", index: "评分表", targets: "目标表" },
    tablePicker: "评分表",
    tree: "评分表结构",
    points: "分值",
    score: "得分",
    deducted: "扣 {n} 分",
    rowFindings: "{count} 项问题",
    unverified: "{count} 项得分没有可核对的评分规则",
    setRules: "设置评分规则",
    noProblems: "没有错误或警告。",
    notesFold: "提示（{count}）",
    corrected: "已修正 {cells}：{changes}。",
    undoCorrection: "撤销修正",
    correctionUndone: "已撤销修正：{cells} 已恢复原值。",
    correctLabel: "{display}（{cell}）",
  },
  "en-US": {
    locale: "en-US",
    title: "Performance self-assessment check",
    summary:
      "Checks a filled-in department expenditure performance self-assessment form: finds its score tables and verifies scores and totals.",
    checkButton: "Check",
    annotateButton: "Annotate",
    cleanButton: "Remove annotations",
    explainButton: "Write explanation",
    wordButton: "Download Word",
    workbookButton: "Download annotated workbook",
    chooseFile: "Choose an .xlsx file",
    working: "Working…",
    foundTable: "Score table found at {range}",
    noTable: "No score table found: the header needs 一级指标/指标名称 and 分值/得分.",
    scope: "Looking for the score table in {range} only (the selection)",
    useSelection: "Use the current selection",
    findAnywhere: "Search the whole workbook",
    noTableInScope: "No score table in the selected range {range}: select the whole score table, header included, and press “Use the current selection” again.",
    total: "Total {score} of {points} ({count} indicators)",
    counts: "{error} errors, {warning} warnings, {info} notes",
    groups: { error: "Errors", warning: "Warnings", info: "Notes" },
    expected: "Expected",
    actual: "Actual",
    annotated: "{marks} cells marked; the findings and explanation sheets written.",
    cleaned: "Annotations removed; original fills and notes restored.",
    cleanedFillsOnly: "Annotations removed; original fills restored. This Excel has no notes support, so notes were left as they were.",
    explained: "Explanation sheet written.",
    settings: "Settings",
    rulePack: "Rule pack",
    rulePacks: { auto: "Automatic (by unit name)", generic: "Generic target tables", "guangzhou-department": "Guangzhou department" },
    tolerance: "Tolerance (empty: by the shown decimals)",
    toleranceAuto: "By the shown decimals",
    language: "Language",
    errors: {
      "protected-sheet": "Sheet \"{detail}\" is protected. Unprotect it (Review tab) and try again, or download the Word explanation only.",
      "protected-workbook": "The workbook's structure is protected: sheets cannot be added or removed. Unprotect the workbook (Review tab) and try again.",
      "missing-sheet": "Sheet \"{detail}\" is gone: the workbook changed since the check. Check again.",
      "api-missing": "This Excel lacks a needed API ({detail}). Use Microsoft 365 or Excel 2021 or later, or open the .xlsx in a browser.",
      "too-large": "The sheet is too large to read at once ({detail}). Keep only the score table's sheets and retry.",
      "no-file": "Choose an .xlsx file first.",
      "not-a-workbook": "The file cannot be read: {detail}. Save an old .xls or an encrypted file as .xlsx in Excel or WPS first.",
      "partial-write":
        "The annotation was only partly written (Excel reported {detail}): part of it is in the workbook. Press “Remove annotations” to take it all out, then annotate again; the fills and notes from before come back.",
      "correction-formula": "{detail} holds a formula and is never overwritten: correct the cells it refers to. The workbook was not changed.",
      "correction-changed": "{detail} changed since the check; nothing was corrected. Check again and retry. The workbook was not changed.",
      "partial-clean": "Removing the annotations did not finish (Excel reported {detail}): part of them is still in the workbook. Press “Remove annotations” again.",
      "invalid-selection": "The selection cannot be used for this: select a single area (no Ctrl+click) and try again.",
      "cell-edit": "Excel is editing a cell: press Enter or Esc to finish, then try again.",
      "request-too-large": "What is to be written exceeds Excel on the web's 5 MB request limit. Use Excel for Windows or Mac, or keep only the score table's sheets and retry.",
      "response-too-large": "The sheets exceed Excel on the web's 5 MB read limit. Use Excel for Windows or Mac, or keep only the score table's sheets and retry.",
      "item-not-found": "A sheet or cell the pane needs is gone: the workbook changed since the check. Check again, then retry.",
      "access-denied": "Excel refused the change: a sheet or the workbook is protected, or the file is read-only. Unprotect it or save an editable copy, then retry.",
      "api-not-found": "This Excel lacks a needed API ({detail}). Use Microsoft 365, or open the .xlsx in a browser.",
      "general-exception": "Excel hit an internal error; the action did not finish. Save the workbook, reopen it and retry.",
      "office-error": "Excel reported {detail}; the action did not finish. Save the workbook, reopen it and retry.",
      unknown: "Unexpected error: {detail}. The workbook was not changed.",
    },
    warnings: {
      "notes-unavailable": "This Excel has no notes (ExcelApi 1.18 is needed): the marked cells got no notes; the reasons are in the 检查结果 sheet only.",
      "fill-approximated": "Some cells' earlier fills could not be restored exactly (gradients, theme colours) and got the closest colour: {detail}",
      "notes-left": "This Excel has no notes support: notes an earlier annotation added could not be removed; delete them by hand: {detail}",
      "state-rows-unreadable": t("en-US", "state.rows-unreadable", { rows: "{detail}" }),
      "merges-unavailable": "This Excel cannot read merged cells (ExcelApi 1.13 is needed): merged indicator names count only in their top-left cell; results may be incomplete.",
    },
    browserMode: "Browser mode: choose a local .xlsx file to check; it is not uploaded.",
    officeNotReady: "Could not connect to Excel (office.js did not become ready); running in browser mode.",
    chooseFileButton: "Choose a file…",
    noFileChosen: "No file chosen",
    steps: { read: "Reading the workbook", check: "Checking", write: "Writing the annotations", clean: "Removing the annotations", word: "Making the Word file", workbook: "Making the workbook", correct: "Writing the correction" },
    forms: { project: "Project form", department: "Department form", index: "Score table", targets: "Target list" },
    tablePicker: "Score table",
    tree: "Score table structure",
    points: "Points",
    score: "Score",
    deducted: "{n} off",
    rowFindings: "{count} findings",
    unverified: "{count} scores have no scoring rule to check them against",
    setRules: "Set scoring rules",
    noProblems: "No errors or warnings.",
    notesFold: "Notes ({count})",
    corrected: "Corrected {cells}: {changes}.",
    undoCorrection: "Undo correction",
    correctionUndone: "Correction undone: {cells} back to its old value.",
    correctLabel: "{display} ({cell})",
  },
};

/**
 * Picks the catalogue for the first usable language tag (e.g. Office's displayLanguage, then
 * navigator.language). Any Chinese tag (zh, zh-CN, zh-Hans, zh-TW…) gives zh-CN, any English tag en-US;
 * anything else falls through to the next candidate, and finally to zh-CN.
 */
export function pickLocale(...candidates: ReadonlyArray<string | null | undefined>): Locale {
  for (const tag of candidates) {
    if (typeof tag !== "string") continue;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === "zh") return "zh-CN";
    if (primary === "en") return "en-US";
  }
  return DEFAULT_LOCALE;
}

/** Fills {name} placeholders of a pane message. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : String(values[key])));
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
