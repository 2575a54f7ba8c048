// User-facing strings of the task pane. zh-CN is the default (the users are Chinese finance staff);
// en-US is for reviewers and English-language Office installs.

export type Locale = "zh-CN" | "en-US";

export const DEFAULT_LOCALE: Locale = "zh-CN";

export interface Messages {
  /** Pane title and document title. */
  title: string;
  /** One line: what the add-in does. */
  summary: string;
  /** Label of the (for now disabled) check button. */
  checkButton: string;
  /** Why the button is disabled. */
  checkComingLater: string;
  /** Shown when the page is opened outside Office. */
  browserMode: string;
  /** Shown when office.js did not report ready in time. */
  officeNotReady: string;
}

export const MESSAGES: Readonly<Record<Locale, Messages>> = {
  "zh-CN": {
    title: "绩效自评检查",
    summary: "检查已填写的部门整体支出绩效自评表：找出评分表，核对分值与合计是否正确。",
    checkButton: "检查",
    checkComingLater: "检查功能将在后续版本中提供。",
    browserMode: "浏览器模式：当前页面未在 Excel 中打开，无法读取工作簿。",
    officeNotReady: "未能连接到 Excel（office.js 未就绪），已切换到浏览器模式。",
  },
  "en-US": {
    title: "Performance self-assessment check",
    summary:
      "Checks a filled-in department expenditure performance self-assessment form: finds its score tables and verifies scores and totals.",
    checkButton: "Check",
    checkComingLater: "Checking arrives in a later version.",
    browserMode: "Browser mode: this page is not running inside Excel, so no workbook can be read.",
    officeNotReady: "Could not connect to Excel (office.js did not become ready); running in browser mode.",
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

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
