import { checkWorkbook, type CheckResult } from '../core/check';
import type { Lang } from '../core/i18n/catalogue';
import { parseAreaAddress } from '../core/grid/address';
import { locate } from '../core/locate/index';
import { buildReport } from '../core/report/build';
import type { ReportDocument } from '../core/report/document';
import type { RulePack } from '../core/rules/pack';
import { toCheckJson, type CheckJson } from '../core/output/json';
import type { ShippedPackName } from '../core/rules/packs/index';
import { buildWritePlan } from '../core/write-plan/build';
import type { Recorded, WorkbookHost } from './hosts/host';
import type { Step } from './messages';

export interface Settings {
  /** 'auto' picks the pack by the unit name. */
  rules: 'auto' | ShippedPackName;
  /** null: what rounding to the shown decimals explains. */
  tolerance: number | null;
  lang: Lang;
}

export const DEFAULT_SETTINGS: Settings = { rules: 'auto', tolerance: null, lang: 'zh-CN' };

export interface Checked {
  result: CheckResult;
  json: CheckJson;
  /** The workbook's own rule pack the check used (set in the rule editor), or null. */
  pack: RulePack | null;
  /** What the workbook records of the pane's earlier work (an annotation, corrections to undo) as read. */
  recorded: Recorded;
}

/** Where to look for the score table: anywhere (null), or the range the user selected. */
export type Scope = { sheet: string; range: string } | null;

/** Told of each step as it starts, so the pane can name it; resolves once the step's name can be seen. */
export type OnStep = (step: Step) => Promise<void>;

/** Reads the workbook through its host and runs the core's check: the same engine as the CLI. */
export async function check(
  host: WorkbookHost,
  settings: Settings,
  fileName: string,
  scope: Scope = null,
  onStep?: OnStep,
): Promise<Checked> {
  await onStep?.('read');
  const [data, pack] = await Promise.all([host.read(), host.readWorkbookRules()]);
  await onStep?.('check');
  const result = checkWorkbook(data, {
    lang: settings.lang,
    tolerance: settings.tolerance,
    rules: pack ?? (settings.rules === 'auto' ? undefined : settings.rules),
    scoreRange: scope ?? undefined,
  });
  return { result, json: toCheckJson(fileName, result), pack, recorded: host.recorded() };
}

/** Where the score tables are ("自评表!A3:J6"), as the pane says on opening, before any check. */
export async function findScoreTables(host: WorkbookHost, scope: Scope = null): Promise<string[]> {
  const model = locate(await host.read(), {
    scoreArea: scope ? { sheet: scope.sheet, area: parseAreaAddress(scope.range) } : undefined,
  });
  return model.scoreTables.map((t) => `${t.sheet}!${t.range}`);
}

export function report(checked: Checked): ReportDocument {
  return buildReport(checked.result);
}

/** 标注: highlights, the 检查结果 sheet and the 自评表说明, in one batch. */
export async function annotate(host: WorkbookHost, checked: Checked, settings: Settings): Promise<number> {
  const plan = buildWritePlan(checked.result, settings.lang, {
    highlights: true,
    findings: true,
    explanation: report(checked),
  });
  await host.apply(plan);
  return plan.marks.length;
}

/** 生成说明: the 自评表说明 sheet alone. */
export async function writeExplanation(host: WorkbookHost, checked: Checked, settings: Settings): Promise<void> {
  await host.apply(buildWritePlan(checked.result, settings.lang, { explanation: report(checked) }));
}
